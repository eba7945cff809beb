package com.salesdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `salesdx diagnose --engagement` and `salesdx compare`, run from the shaded jar as a consultant runs them. */
class EngagementCommandLineIT {
    private static final Path JAR = Path.of(System.getProperty("salesdx.jar", "target/salesdx.jar"));
    private static final String ROUND_1 = "examples/engagement/round-1/engagement.yaml";
    private static final String ROUND_2 = "examples/engagement/round-2/engagement.yaml";

    record Run(int exit, String out, String err) {
    }

    @Test
    void diagnoseAnEngagementPrintsTheRespondentsThePerceptionGapsAndTheRestsOnCounts() throws Exception {
        Run run = salesdx("diagnose", "--engagement", ROUND_1);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("7 respondents: 1 executive, 1 sales leader, 2 front-line managers, 3 sellers"), run.out());
        assertTrue(run.out().contains("PERCEPTION GAPS"), run.out());
        assertTrue(run.out().contains("[HIGH, PERCEPTION GAP] Perception: leaders say a weekly pipeline review happens"), run.out());
        assertTrue(run.out().matches("(?s).*\\(rests on \\d+ respondents\\).*"), run.out());
        assertTrue(run.out().matches("(?s).*Seller: +no, no, yes.*"), "answers side by side by role:\n" + run.out());
    }

    @Test
    void anEngagementAsJsonCarriesGapsRestsOnAndAnswersByRole() throws Exception {
        Run run = salesdx("diagnose", "--engagement", ROUND_1, "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("Kestrel Fleet Systems (fictional)", json.get("client").asText());
        assertTrue(json.get("gaps").size() > 0);
        JsonNode evidence = json.get("diagnosis").get("findings").get(0).get("evidence").get(0);
        assertTrue(evidence.get("rests_on").asInt() > 0, evidence.toString());
        assertTrue(evidence.get("by_role").size() > 1, evidence.toString());
    }

    @Test
    void compareTwoRoundsPrintsScoresThenAndNowAndWhatChanged() throws Exception {
        Run run = salesdx("compare", ROUND_1, ROUND_2);
        assertEquals(0, run.exit(), run.err());
        for (String part : List.of("ROUNDS  Kestrel Fleet Systems (fictional): Q1 2026 -> Q2 2026", "Same rules version",
                "RESOLVED", "NEW (1)", "PERSISTING", "CHOSEN AFTER Q1 2026 (2)", "{operating-rhythm}: IMPROVED")) {
            assertTrue(run.out().contains(part), part + " missing from\n" + run.out());
        }
    }

    @Test
    void roundsGivenInReverseDateOrderAreComparedInDateOrderWithAOneLineWarning() throws Exception {
        Run inOrder = salesdx("compare", ROUND_1, ROUND_2);
        Run reversed = salesdx("compare", ROUND_2, ROUND_1);
        assertEquals(0, reversed.exit(), reversed.err());
        assertEquals("warning: " + ROUND_1 + " (Q1 2026) is the earlier round but was given second; comparing in date "
                + "order, Q1 2026 -> Q2 2026", reversed.err().strip());
        assertEquals(inOrder.out(), reversed.out(), "the same comparison as with the rounds in order");
        assertEquals("", inOrder.err(), "no warning when the rounds are in order");
    }

    @Test
    void aBadEngagementFileExitsWithTwoAndSaysFileAndLine() throws Exception {
        Run run = salesdx("diagnose", "--engagement", "src/test/resources/invalid-engagement/unknown-role.yaml");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("unknown-role.yaml:8:11: respondents[1].role: unknown role \"salesperson\""), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void diagnoseWantsEitherAnAnswerFileOrAnEngagementNotBoth() throws Exception {
        Run run = salesdx("diagnose", "examples/growth-company.yaml", "--engagement", ROUND_1);
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("exactly one of FILE"), run.err());
    }

    private static Run salesdx(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "salesdx did not finish");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
