package com.salesdx.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.cli.Main;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.service.DiagnosisService;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.support.ProjectFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `salesdx impact` on a real embedded store, the real rules and a candidate copy with one table row changed. */
class ImpactCommandTest {
    private static final String CHANNEL_ROW = "Compensation: sellers who work through partners";

    @TempDir
    Path temp;

    @Test
    void changingATableCellListsTheFindingsItTakesFromStoredDiagnosesAndFailsTheScenarioThatNeededIt() throws IOException {
        Path data = temp.resolve("data");
        String channel = store(data, Map.of("context.sales_motion", "channel", "compensation.model", "commission_only"));
        String transactional = store(data, Map.of("context.sales_motion", "transactional", "compensation.model", "base_commission"));
        Path candidate = ProjectFiles.copyTo(temp.resolve("candidate"));
        Path table = candidate.resolve("rules/compensation-fit.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(table));
        // The channel row now looks at salary plus bonus instead of commission only.
        rows.replaceAll(row -> row.startsWith(CHANNEL_ROW) ? row.replace(",commission_only,channel,", ",salary_bonus,channel,") : row);
        assertTrue(rows.stream().anyMatch(row -> row.startsWith(CHANNEL_ROW) && row.contains("salary_bonus")));
        Files.write(table, rows);

        Run run = impact(candidate, data);

        assertEquals(1, run.exit, "a scenario that passed now fails:\n" + run.out);
        assertTrue(run.out.contains("stored diagnoses:  1 of 2 changed"), run.out);
        assertTrue(run.out.contains("findings removed:  compensation.commission-only-channel ("), run.out);
        int changes = run.out.indexOf("CHANGES PER DIAGNOSIS");
        String perDiagnosis = run.out.substring(changes);
        assertTrue(perDiagnosis.contains("stored diagnosis " + channel), run.out);
        assertTrue(perDiagnosis.contains("- compensation.commission-only-channel"), run.out);
        assertFalse(perDiagnosis.contains(transactional), "the unchanged diagnosis is not listed:\n" + run.out);
        String failing = run.out.substring(run.out.indexOf("NEWLY FAILING"), changes);
        assertTrue(failing.contains("compensation-commission-only-channel.yaml"), run.out);
        assertTrue(failing.contains("expected finding compensation.commission-only-channel, but it did not fire"), run.out);
    }

    @Test
    void anUnchangedCandidateChangesNothingAndPasses() {
        Path candidate = ProjectFiles.copyTo(temp.resolve("candidate"));

        Run run = impact(candidate, temp.resolve("no-data"));

        assertEquals(0, run.exit, run.out + run.err);
        assertTrue(run.out.contains("none: the candidate gives every diagnosis the same findings"), run.out);
        assertTrue(run.err.contains("only scenarios and client cases are compared"), run.err);
    }

    @Test
    void aBrokenCandidateTableIsReportedAtItsRowAndColumnAndNothingIsCompared() throws IOException {
        Path candidate = ProjectFiles.copyTo(temp.resolve("candidate"));
        Path table = candidate.resolve("rules/compensation-fit.csv");
        Files.writeString(table, Files.readString(table).replace(",channel,", ",partners,"));

        Run run = impact(candidate, temp.resolve("no-data"));

        assertEquals(1, run.exit);
        assertTrue(run.err.contains("rules/compensation-fit.csv:14:9: row 14, column I (Sales motion)"), run.err);
        assertTrue(run.err.contains("\"partners\" is not an option of context.sales_motion"), run.err);
        assertFalse(run.out.contains("SUMMARY"), run.out);
    }

    @Test
    void aStoredAnswerTheCandidateQuestionnaireNoLongerAcceptsIsListedAsNotCompared() throws IOException {
        Path data = temp.resolve("data");
        String longCycle = store(data, Map.of("context.sales_cycle_months", 9, "context.sales_motion", "complex_b2b"));
        String shortCycle = store(data, Map.of("context.sales_cycle_months", 3, "context.sales_motion", "complex_b2b"));
        Path candidate = ProjectFiles.copyTo(temp.resolve("candidate"));
        Path questionnaire = candidate.resolve("knowledge-base/questionnaires/consultant.yaml");
        String text = Files.readString(questionnaire);
        int at = text.indexOf("id: context.sales_cycle_months");
        int max = text.indexOf("max: 60", at);
        assertTrue(at > 0 && max > at, "the questionnaire still states the cycle's range");
        Files.writeString(questionnaire, text.substring(0, max) + "max: 6" + text.substring(max + "max: 60".length()));

        Run run = impact(candidate, data);

        String perDiagnosis = run.out.substring(run.out.indexOf("CHANGES PER DIAGNOSIS"));
        assertTrue(run.out.contains("not compared:      1"), run.out);
        assertTrue(perDiagnosis.contains(longCycle) && perDiagnosis.contains("no longer fit the candidate questionnaire"), run.out);
        assertFalse(perDiagnosis.contains(shortCycle), "an answer both questionnaires accept is compared as usual:\n" + run.out);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run impact(Path candidate, Path data) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "impact", "--rules", candidate.resolve("rules").toString(),
                "--kb", candidate.resolve("knowledge-base").toString(), "--live-rules", ProjectFiles.RULES.toString(),
                "--live-kb", ProjectFiles.KB.toString(), "--data", data.toString(), "--threads", "2");
        return new Run(exit, out.toString(), err.toString());
    }

    /** Stores a diagnosis the way the web application does; returns its id. */
    private static String store(Path data, Map<String, Object> answers) {
        try (Database database = Database.embedded(data)) {
            DiagnosisService service = new DiagnosisService(new RuleBaseHolder(ProjectFiles.shippedRuleBase()),
                    new DiagnosisStore(database));
            return service.diagnoseAndStore(Map.of("questionnaire", "consultant", "answers", answers), null).row().id();
        }
    }
}
