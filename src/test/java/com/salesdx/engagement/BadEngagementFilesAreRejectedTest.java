package com.salesdx.engagement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each file in src/test/resources/invalid-engagement/ names, in its header, the file:line and the
 * message its problem must be reported with; the reader must refuse it and say so there.
 */
class BadEngagementFilesAreRejectedTest {
    private static final Path FIXTURES = Path.of("src/test/resources/invalid-engagement");

    @TestFactory
    Stream<DynamicTest> everyBadEngagementFileIsRefusedWithFileAndLine() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<Path> fixtures = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(fixtures.size() >= 8, "fixtures: " + fixtures);
            return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
        }
    }

    private void check(Path fixture) throws IOException {
        Map<String, String> header = header(fixture);
        Problems problems = new Problems();
        assertTrue(new EngagementReader(ProjectFiles.shippedRuleBase().knowledge()).read(fixture, problems).isEmpty(),
                fixture + " was accepted");
        String at = header.get("expect");
        String message = header.get("message");
        List<Problem> found = problems.list();
        assertTrue(found.stream().anyMatch(p -> (p.toString().contains(at + ":") || p.toString().contains(at + ": "))
                && p.toString().contains(message)), "expected a problem at " + at + " saying \"" + message + "\", got:\n"
                + String.join("\n", found.stream().map(Problem::toString).toList()));
    }

    private static Map<String, String> header(Path fixture) throws IOException {
        Map<String, String> header = new HashMap<>();
        for (String line : Files.readAllLines(fixture)) {
            if (!line.startsWith("# ")) {
                break;
            }
            String text = line.substring(2);
            int colon = text.indexOf(':');
            header.put(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
        }
        return header;
    }
}
