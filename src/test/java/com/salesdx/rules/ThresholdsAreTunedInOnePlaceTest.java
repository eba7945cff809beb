package com.salesdx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.support.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsAreTunedInOnePlaceTest {
    private static final String RULE = """
            package salesdx.tuning

            import com.salesdx.facts.*;
            import function com.salesdx.facts.Conclusions.finding;

            rule "Tuning: coaching below the tunable floor"
                @finding(leadership.tuning-probe)
                @pillar(leadership)
                @severity(low)
                @interventions(operating-rhythm)
                @explain("Probe.")
            when
                Threshold(name == "leadership.tuning_probe_hours", $floor : value)
                Numeric(question == "leadership.coaching_hours", value < $floor)
            then
                insert(finding(kcontext));
            end
            """;

    @TempDir
    Path temp;

    @Test
    void changingTheFigureInThresholdsYamlChangesTheVerdictWithoutTouchingTheRule() throws IOException {
        Path root = ProjectFiles.copyTo(temp);
        Files.writeString(root.resolve("rules/tuning.drl"), RULE);
        Path thresholds = root.resolve("knowledge-base/thresholds.yaml");
        String original = Files.readString(thresholds);

        Files.writeString(thresholds, original + entry(2));
        assertFalse(fires(root, 2.5), "2.5 hours is above a floor of 2");

        Files.writeString(thresholds, original + entry(3));
        assertTrue(fires(root, 2.5), "2.5 hours is below a floor of 3");
    }

    @Test
    void theThresholdPatternLeavesTheRuleLinesWhereTheyWereSoErrorsKeepTheirLine() {
        String inlined = ThresholdInliner.inline(RULE, Map.of("leadership.tuning_probe_hours",
                new com.salesdx.knowledge.ThresholdDef("leadership.tuning_probe_hours", 1.5, "h", "practitioner default", "x")),
                "tuning.drl", new com.salesdx.yaml.Problems());
        assertEquals(RULE.lines().count(), inlined.lines().count());
        assertTrue(inlined.contains("value < 1.5"), inlined);
        assertFalse(inlined.contains("Threshold("), inlined);
    }

    private static String entry(double value) {
        return "  - {id: leadership.tuning_probe_hours, value: " + value
                + ", unit: hours, source: practitioner default, why: a probe for this test}\n";
    }

    private static boolean fires(Path root, double hours) {
        RuleBase ruleBase = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        var answers = new AnswerSet("consultant", Map.of("leadership.coaching_hours",
                new GivenAnswer("leadership.coaching_hours", hours, false, null)), Map.of());
        return Diagnoser.diagnose(ruleBase, answers).findings().stream().anyMatch(f -> f.id().equals("leadership.tuning-probe"));
    }
}
