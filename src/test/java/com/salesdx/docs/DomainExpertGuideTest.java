package com.salesdx.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.salesdx.cli.Main;
import com.salesdx.live.LiveRules;
import com.salesdx.store.Database;
import com.salesdx.store.RuleVersionStore;
import com.salesdx.support.ConsultantClient;
import com.salesdx.support.LiveFolder;
import com.salesdx.support.ProjectFiles;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private static final String NEW_FINDING = "\"compensation.commission-only-trust-market\"";
    private static final ObjectMapper JSON = new ObjectMapper();
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

    @Test
    void theQuestionRuleAndScenarioExamplesPassCheckTogether() throws IOException {
        Map<String, String> example = examples();
        String guide = Files.readString(GUIDE);
        Matcher fenced = Pattern.compile("(<!-- example:([a-z-]+) -->\\s*)?```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL).matcher(guide);
        while (fenced.find()) {
            if (fenced.group(3).startsWith("rule \"")) {
                assertEquals("rule", fenced.group(2), "every rule the guide shows is checked; unmarked:\n" + fenced.group(3));
            }
        }

        Path root = ProjectFiles.copyTo(temp.resolve("project"));
        Path questionnaire = root.resolve("knowledge-base/questionnaires/consultant.yaml");
        String questions = Files.readString(questionnaire);
        int section = questions.indexOf("    questions:\n", questions.indexOf("    pillar: process\n")) + "    questions:\n".length();
        Files.writeString(questionnaire, questions.substring(0, section) + example.get("question") + "\n" + questions.substring(section));
        Path process = root.resolve("rules/process.drl");
        Files.writeString(process, Files.readString(process) + "\n" + example.get("rule") + "\n");
        Files.writeString(root.resolve("knowledge-base/scenarios/process-reviews-on-request.yaml"), example.get("question-scenario") + "\n");

        Run check = run("check", "--rules", root.resolve("rules").toString(), "--kb", root.resolve("knowledge-base").toString());
        assertEquals(0, check.exit, check.out + check.err);
        assertTrue(check.out.contains("PASS  Deals reviewed only on request are flagged"), check.out);
    }

    @Test
    void theWorkedExampleGoesLiveOnARunningServerWhenCopiedAsTheGuideSays() throws Exception {
        Map<String, String> example = examples();
        LiveFolder folder = new LiveFolder(temp.resolve("salesdx"));
        candidate(folder.root.resolve("candidate"), example);
        String sale = JSON.writeValueAsString(scenarioAnswers(example.get("scenario")));
        try (Database database = Database.embedded(temp.resolve("data"));
                LiveRules live = folder.start(new RuleVersionStore(database));
                TestServer server = TestServer.live(database, live)) {
            String before = JSON.readTree(server.get("/api/rules/status").body()).get("version").asText();
            assertFalse(server.post("/api/diagnoses", sale).body().contains(NEW_FINDING), "not concluded before step 7");

            copyAsTheGuideSays(example.get("go-live"), folder.root);
            folder.awaitLive(live);

            JsonNode status = JSON.readTree(server.get("/api/rules/status").body());
            assertEquals("live", status.get("state").asText());
            assertEquals(folder.version(), status.get("version").asText());
            assertNotEquals(before, status.get("version").asText(), "a new version is live");
            assertTrue(status.get("watching").asBoolean());
            HttpResponse<String> diagnosis = server.post("/api/diagnoses", sale);
            assertEquals(201, diagnosis.statusCode(), diagnosis.body());
            assertTrue(diagnosis.body().contains(NEW_FINDING), diagnosis.body());
        }
    }

    /** Runs the guide's {@code cp FROM TO/ && cp ...} in {@code root}: files copied into the folders named. */
    private static void copyAsTheGuideSays(String command, Path root) throws IOException {
        for (String step : command.strip().split("\\s*&&\\s*")) {
            String[] words = step.strip().split("\\s+");
            assertEquals(3, words.length, "a plain copy of one file: " + step);
            assertEquals("cp", words[0], step);
            Path from = root.resolve(words[1]);
            Path to = words[2].endsWith("/") ? root.resolve(words[2]).resolve(from.getFileName()) : root.resolve(words[2]);
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scenarioAnswers(String scenario) throws IOException {
        Map<String, Object> read = new ObjectMapper(new YAMLFactory()).readValue(scenario, Map.class);
        return Map.of("questionnaire", read.get("questionnaire"), "answers", read.get("answers"));
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
        assertEquals(10, examples.size(), "the guide marks ten example blocks: " + examples.keySet());
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
