package com.salesdx.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.cli.Main;
import com.salesdx.support.ProjectFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check --coverage` on a copy of the project with an unused question and intervention added on purpose. */
class CheckCoverageTest {
    @TempDir
    Path temp;

    @Test
    void coverageCountsFiringsAndListsWhatNothingUses() throws IOException {
        Path root = ProjectFiles.copyTo(temp);
        Path interventions = root.resolve("knowledge-base/interventions.yaml");
        String text = Files.readString(interventions);
        // A copy of the first intervention under a new id: valid, and recommended by no rule.
        int first = text.indexOf("  - id: ");
        int second = text.indexOf("  - id: ", first + 1);
        String copy = text.substring(first, second).replaceFirst("- id: [a-z-]+", "- id: nobody-recommends-this");
        Files.writeString(interventions, text + (text.endsWith("\n") ? "" : "\n") + copy);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--coverage", "--rules",
                root.resolve("rules").toString(), "--kb", root.resolve("knowledge-base").toString());

        String said = out.toString();
        assertEquals(0, exit, said + err);
        assertTrue(Pattern.compile("(?m)^\\s+2\\s+Compensation: sellers who work through partners are paid commission only "
                + "on what partners order \\(line 14\\)$").matcher(said).find(), "two scenarios cover the channel row:\n" + said);
        assertTrue(Pattern.compile("(?m)^\\s+[1-9]\\d*\\s+Perception: leaders say a weekly pipeline review happens, sellers say it "
                + "does not \\(line \\d+\\)$").matcher(said).find(), "an engagement case fires the perception rule:\n" + said);
        String neverFiring = said.substring(said.indexOf("Rules that never fire on the suites"), said.indexOf("Questions no rule reads"));
        assertTrue(!neverFiring.contains("Perception:"), "the engagement cases fire every perception rule:\n" + neverFiring);
        assertTrue(said.contains("Interventions no rule recommends: 1\n    nobody-recommends-this"), said);
        assertTrue(said.contains("Questions no rule reads: 0"), said);
        assertTrue(said.contains("Rules that never fire on the suites: "), said);
        assertTrue(said.contains("Findings no scenario or case expects (add a scenario): "), said);
    }
}
