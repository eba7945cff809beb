package com.salesdx.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.cli.Main;
import com.salesdx.support.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule README's "For rule authors" shows passes `check` when pasted into a rule file, as an author would. */
class ReadmeRuleExampleTest {
    private static final Pattern RULE_BLOCK = Pattern.compile("## For rule authors.*?```\\n(\\s*rule \".*?\\n\\s*end)\\n\\s*```", Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void theRuleExampleForRuleAuthorsPassesCheck() throws Exception {
        Matcher block = RULE_BLOCK.matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "README has a rule example under For rule authors");
        String rule = block.group(1).lines().map(line -> line.startsWith("  ") ? line.substring(2) : line)
                .reduce("", (text, line) -> text + line + "\n");
        Path root = ProjectFiles.copyTo(temp);
        Path file = root.resolve("rules/process-forecast.drl");
        Files.writeString(file, Files.readString(file) + "\n" + rule);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--rules", root.resolve("rules").toString(),
                "--kb", root.resolve("knowledge-base").toString());
        assertEquals(0, exit, "the README's rule, pasted into rules/process-forecast.drl:\n" + rule + err);
        assertTrue(out.toString().contains(", 0 failed"), out.toString());
    }
}
