package com.salesdx.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fixture in src/test/resources/invalid/ is dropped into a copy of the real rules and
 * knowledge base; the build must fail with a problem at the file:line (and message) it names.
 */
class InvalidFilesAreRejectedTest {
    private static final Path FIXTURES = Path.of("src/test/resources/invalid");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyBrokenFixtureIsReportedAtItsFileAndLine() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream()
                    .map(fixture -> DynamicTest.dynamicTest(FIXTURES.relativize(fixture).toString(), () -> check(fixture)));
        }
    }

    private void check(Path fixture) throws IOException {
        Map<String, String> header = header(fixture);
        Path root = ProjectFiles.copyTo(temp.resolve(fixture.getFileName().toString()));
        Path target = root.resolve(header.get("target"));
        Files.createDirectories(target.getParent());
        Files.copy(fixture, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base")));

        List<Problem> problems = error.problems();
        String expectedAt = header.get("expect");
        String expectedMessage = header.getOrDefault("message", "");
        assertTrue(problems.stream().anyMatch(p -> p.toString().contains(expectedAt + (expectedAt.matches(".*:\\d+$") ? ":" : ""))
                        && p.message().contains(expectedMessage)),
                "expected a problem at " + expectedAt + " saying \"" + expectedMessage + "\", got:\n" + error.getMessage());
    }

    private static Map<String, String> header(Path fixture) throws IOException {
        Map<String, String> header = new HashMap<>();
        for (String line : Files.readAllLines(fixture)) {
            String text = line.replaceFirst("^(#|//)\\s*", "");
            if (text.equals(line)) {
                break;
            }
            int colon = text.indexOf(':');
            header.put(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
        }
        return header;
    }
}
