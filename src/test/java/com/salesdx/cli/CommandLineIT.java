package com.salesdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as a user runs it: `java -jar target/salesdx.jar ...`, outside Maven's class path. */
class CommandLineIT {
    private static final Path JAR = Path.of(System.getProperty("salesdx.jar", "target/salesdx.jar"));

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    @Test
    void checkValidatesTheShippedKnowledgeAndPassesEveryScenario() throws Exception {
        Run run = salesdx("check");
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("Rules and knowledge base are valid"), run.out());
        assertTrue(run.out().matches("(?s).*scenarios: \\d+ passed, 0 failed.*"), run.out());
    }

    @Test
    void diagnoseTheSampleGivesPillarsFindingsAndWhereToStart() throws Exception {
        Run run = salesdx("diagnose", "examples/growth-company.yaml");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("PILLARS"), run.out());
        assertTrue(run.out().contains("START HERE"), run.out());
        assertTrue(run.out().contains("Why we think so:"), run.out());
    }

    @Test
    void diagnoseAsJsonCarriesTheRulesVersionAndFindingEvidence() throws Exception {
        Run run = salesdx("diagnose", "examples/growth-company.yaml", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(12, json.get("version").asText().length());
        assertTrue(json.get("findings").size() > 0);
        assertTrue(json.get("findings").get(0).get("evidence").get(0).get("text").asText().length() > 10);
        assertEquals(5, json.get("pillars").size());
    }

    @Test
    void anInvalidAnswerFileExitsWithTwoAndNamesTheQuestionAndLine() throws Exception {
        Path answers = temp.resolve("answers.yaml");
        Files.writeString(answers, "questionnaire: consultant\nanswers:\n  process.crm_stages: lots\n");
        Run run = salesdx("diagnose", answers.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(answers + ":3:23: answers.process.crm_stages: expected a whole number from 0 to 30"), run.err());
    }

    @Test
    void aBrokenRuleFileMakesCheckExitWithOneAndSayWhere() throws Exception {
        Path root = ProjectFiles.copyTo(temp);
        Files.writeString(root.resolve("rules/strategy.drl"), Files.readString(root.resolve("rules/strategy.drl"))
                .replace("\"strategy.icp_exists\"", "\"strategy.icp_exist\""));
        Run run = salesdx("check", "--rules", root.resolve("rules").toString(), "--kb", root.resolve("knowledge-base").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("strategy.drl:"), run.err());
        assertTrue(run.err().contains("reads question \"strategy.icp_exist\", which no questionnaire has"), run.err());
    }

    @Test
    void aBrokenKnowledgeFileStopsTheBenchmarkWithFileAndLineAndNoStackTrace() throws Exception {
        Path root = ProjectFiles.copyTo(temp);
        Path scoring = root.resolve("knowledge-base/scoring.yaml");
        Files.writeString(scoring, Files.readString(scoring).replace("{name: weak, min: 0}", "{name: weak, min: 0, mni: 1}"));
        Run run = salesdx("bench", "--seconds", "1", "--generated-rules", "0", "--rules", root.resolve("rules").toString(),
                "--kb", root.resolve("knowledge-base").toString());
        assertEquals(1, run.exit(), "a knowledge problem, as check reports it: " + run.err());
        assertTrue(run.err().contains("scoring.yaml:") && run.err().contains("unknown key \"mni\""), run.err());
        assertFalse(run.err().contains("\tat com.salesdx"), "no stack trace: " + run.err());
    }

    @Test
    void withoutACommandItPrintsTheCommandsAndExitsWithTwo() throws Exception {
        Run run = salesdx();
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("salesdx needs a command") && run.err().contains("serve"), run.err());
    }

    @Test
    void aPortInUseIsOneLineThatNamesTheFixAndExitsWithTwo() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run run = salesdx("serve", "--port", Integer.toString(taken.getLocalPort()), "--data", temp.resolve("d").toString());
            assertEquals(2, run.exit(), run.err());
            assertEquals("cannot start: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use (or not available to "
                    + "this user); pick another with --port N (--port 0 picks a free one)", run.err().strip());
        }
    }

    @Test
    void aPortOutOfRangeIsOneLineThatGivesTheRangeAndExitsWithTwo() throws Exception {
        for (List<String> args : List.of(List.of("serve", "--port", "99999"), List.of("serve", "--port", "-1"),
                List.of("demo", "--port", "70000"))) {
            Run run = salesdx(args.get(0), args.get(1), args.get(2), "--data", temp.resolve("d").toString());
            assertEquals(2, run.exit(), args + ": " + run.err());
            assertEquals("cannot start: --port " + args.get(2) + " is out of range: the port must be between 0 (any free "
                    + "port) and 65535", run.err().strip());
        }
        Run notANumber = salesdx("serve", "--port", "abc");
        assertEquals(2, notANumber.exit(), notANumber.err());
        assertEquals("Invalid value for option '--port': 'abc' is not an int (see `salesdx serve --help`)",
                notANumber.err().strip());
    }

    @Test
    void aHostThatDoesNotResolveOrIsNotThisMachinesSaysSoRatherThanThatThePortIsTaken() throws Exception {
        Run unknown = salesdx("serve", "--host", "no.such.host.invalid", "--port", "7465", "--data", temp.resolve("d").toString());
        assertEquals(2, unknown.exit(), unknown.err());
        assertEquals("cannot start: the host no.such.host.invalid could not be resolved to an address; use 127.0.0.1 "
                + "(default) or 0.0.0.0 to serve every interface", unknown.err().strip());

        // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it.
        Run notOurs = salesdx("serve", "--host", "192.0.2.1", "--port", "7465", "--data", temp.resolve("d").toString());
        assertEquals(2, notOurs.exit(), notOurs.err());
        assertEquals("cannot start: 192.0.2.1 is not an address of this machine; use 127.0.0.1 (default) or 0.0.0.0 to "
                + "serve every interface", notOurs.err().strip());
        assertTrue(!Files.exists(temp.resolve("d")), "nothing is opened before the address is checked");
    }

    @Test
    void aFormatACommandCannotPrintIsRefusedInOneLineThatNamesTheFormatsItCan() throws Exception {
        String round1 = "examples/engagement/round-1/engagement.yaml";
        Run compare = salesdx("compare", round1, "examples/engagement/round-2/engagement.yaml", "--format", "markdown");
        assertEquals(2, compare.exit(), compare.out());
        assertEquals("Invalid value for option '--format': expected one of [text, json] (case-insensitive) but was "
                + "'markdown' (see `salesdx compare --help`)", compare.err().strip());

        Run engagement = salesdx("diagnose", "--engagement", round1, "--format", "markdown");
        assertEquals(2, engagement.exit(), engagement.out());
        assertEquals("diagnose --engagement takes --format text or json (markdown is for one answer file)",
                engagement.err().strip());

        Run unknown = salesdx("diagnose", "examples/growth-company.yaml", "--format", "pdf");
        assertEquals(2, unknown.exit(), unknown.out());
        assertEquals("Invalid value for option '--format': expected one of [text, json, markdown] (case-insensitive) but "
                + "was 'pdf' (see `salesdx diagnose --help`)", unknown.err().strip());

        Run oneFile = salesdx("diagnose", "examples/growth-company.yaml", "--format", "markdown");
        assertEquals(0, oneFile.exit(), oneFile.err());
        assertTrue(oneFile.out().startsWith("# "), "one answer file still has its markdown report:\n" + oneFile.out());
    }

    @Test
    void aDataDirectoryThatIsAFileOrABadDbUrlIsOneLineWithoutThePassword() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-dir"), "x");
        Run data = salesdx("serve", "--port", "0", "--data", file.toString());
        assertEquals(2, data.exit(), data.err());
        assertEquals("cannot start: the data directory " + file + " is a file, not a directory; choose another with --data DIR",
                data.err().strip());

        Run db = salesdx("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/salesdx?user=u&password=s3cret");
        assertEquals(2, db.exit(), db.err());
        assertTrue(db.err().strip().startsWith("cannot start: cannot use the PostgreSQL database "
                + "jdbc:postgresql://127.0.0.1:1/salesdx?user=u&password=***: cannot reach it"), db.err());
        assertTrue(!db.err().contains("s3cret") && !db.err().contains("\tat "), db.err());
    }

    @Test
    void runFromAnotherFolderItUsesTheRulesOfItsOwnCheckout() throws Exception {
        Run run = salesdxIn(temp, "diagnose", Path.of("examples/growth-company.yaml").toAbsolutePath().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("PILLARS"), run.out());
    }

    private static Run salesdx(String... args) throws IOException, InterruptedException {
        return salesdxIn(null, args);
    }

    private static Run salesdxIn(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder == null ? null : folder.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "salesdx did not finish");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
