package com.salesdx.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.cli.Main;
import com.salesdx.store.Database;
import com.salesdx.support.ConsultantClient;
import com.salesdx.support.LiveFolder;
import com.salesdx.support.ProjectFiles;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows the worked example of docs/domain-expert-guide.md: the row, the scenario and the expected
 * output are read from the guide itself, applied to a copy of the project, and `check` and `impact`
 * must say what the guide says they say.
 */
class DomainExpertGuideTest {
    private static final Path GUIDE = Path.of("docs/domain-expert-guide.md");
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example:([a-z-]+) -->\\s*```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final String PAGE_CANDIDATE = "high-value-consumer";
    private static final String SCENARIO = "knowledge-base/scenarios/compensation-commission-only-high-value-consumer.yaml";

    @TempDir
    Path temp;

    @Test
    void theWorkedExampleDoesWhatTheGuideSays() throws IOException {
        Map<String, String> example = examples();
        Path candidate = candidate(temp.resolve("candidate"), example);
        Path table = candidate.resolve("rules/compensation-fit.csv");

        // Step 4: check passes with the lines the guide shows.
        Run check = run("check", "--rules", candidate.resolve("rules").toString(), "--kb", candidate.resolve("knowledge-base").toString());
        assertEquals(0, check.exit, check.out + check.err);
        assertTrue(check.out.contains("PASS  Commission-only pay on high-value consumer purchases"), check.out);
        saysEveryLine(example.get("check-says"), check.out);

        // Step 5: impact, with no stored diagnoses, shows the lines the guide shows.
        Run impact = run("impact", "--rules", candidate.resolve("rules").toString(), "--kb",
                candidate.resolve("knowledge-base").toString(), "--live-rules", ProjectFiles.RULES.toString(), "--live-kb",
                ProjectFiles.KB.toString(), "--data", candidate.resolve("data").toString());
        assertEquals(0, impact.exit, impact.out + impact.err);
        assertTrue(impact.err.contains("only scenarios and client cases are compared"), impact.err);
        saysEveryLine(example.get("impact-says"), impact.out);

        // Step 6: the typo is reported at its row and column, and check exits with 1.
        Files.writeString(table, Files.readString(table).replace("high_value_b2c,,,,,,x", "high_value_b2b,,,,,,x"));
        Run broken = run("check", "--rules", candidate.resolve("rules").toString(), "--kb", candidate.resolve("knowledge-base").toString());
        assertEquals(1, broken.exit);
        assertTrue(broken.err.contains(example.get("error-says").strip()), "the guide shows\n" + example.get("error-says")
                + "\ncheck said\n" + broken.err);
    }

    @Test
    void theWorkedExampleOnTheRulesPageShowsWhatTheGuideSays() throws Exception {
        Map<String, String> example = examples();
        String guide = Files.readString(GUIDE);
        assertTrue(guide.contains("cp -r candidate/rules candidate/knowledge-base candidates/" + PAGE_CANDIDATE + "/"), "step 5b");
        Path candidates = temp.resolve("candidates");
        candidate(candidates.resolve(PAGE_CANDIDATE), example);
        try (Database database = Database.embedded(temp.resolve("data"));
                TestServer server = TestServer.withCandidates(database, candidates)) {
            ConsultantClient consultant = ConsultantClient.signedIn(server);
            assertTrue(consultant.get("/rules").body().contains(">" + PAGE_CANDIDATE + "</a>"), "listed on the rules page");
            assertEquals(303, consultant.postForm("/rules/impact/" + PAGE_CANDIDATE, Map.of(), true).statusCode());
            LiveFolder.await(() -> {
                try {
                    Thread.sleep(200);
                    return !consultant.get("/rules/impact/" + PAGE_CANDIDATE).body().contains("http-equiv=\"refresh\"");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "the page to stop refreshing");

            String page = consultant.get("/rules/impact/" + PAGE_CANDIDATE).body();
            String text = page.replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&#39;", "'");
            String said = squash(text);
            for (String line : example.get("page-says").lines().map(DomainExpertGuideTest::squash).filter(l -> !l.isEmpty()).toList()) {
                assertTrue(said.contains(line), "the guide says the page shows\n  " + line + "\nbut it showed\n" + text);
            }
        }
    }

    /** Steps 1 to 3: a copy of the project with the guide's row at the end of the table (row 17) and its scenario. */
    private static Path candidate(Path root, Map<String, String> example) throws IOException {
        Path candidate = ProjectFiles.copyTo(root);
        Path table = candidate.resolve("rules/compensation-fit.csv");
        String original = Files.readString(table);
        Files.writeString(table, (original.endsWith("\n") ? original : original + "\n") + example.get("table-row") + "\n");
        assertEquals(17, Files.readAllLines(table).size(), "the guide calls the new row row 17");
        Files.writeString(candidate.resolve(SCENARIO), example.get("scenario") + "\n");
        return candidate;
    }

    private static void saysEveryLine(String expected, String output) {
        List<String> said = output.lines().map(DomainExpertGuideTest::squash).toList();
        for (String line : expected.lines().map(DomainExpertGuideTest::squash).filter(l -> !l.isEmpty()).toList()) {
            assertTrue(said.contains(line), "the guide says the output has the line\n  " + line + "\nbut it was\n" + output);
        }
    }

    /** Spacing aside, and the suite counts, which grow with the knowledge base ("0 failed" still has to match). */
    private static String squash(String line) {
        return line.strip().replaceAll("\\s+", " ").replaceAll("\\d+ pass", "N pass")
                .replaceAll("of \\d+ changed", "of N changed");
    }

    private static Map<String, String> examples() throws IOException {
        Map<String, String> examples = new HashMap<>();
        Matcher matcher = EXAMPLE.matcher(Files.readString(GUIDE));
        while (matcher.find()) {
            examples.put(matcher.group(1), matcher.group(2));
        }
        assertEquals(6, examples.size(), "the guide marks six example blocks: " + examples.keySet());
        return examples;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
