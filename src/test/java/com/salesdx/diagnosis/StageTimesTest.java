package com.salesdx.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.answers.AnswerSet;
import com.salesdx.bench.SampleAnswers;
import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageTimesTest {
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    @Test
    void aTimedDiagnosisIsTheSameDiagnosisAndTimesEveryStageOfIt() {
        StageTimes times = new StageTimes();
        for (AnswerSet answers : SampleAnswers.generate(ruleBase.knowledge(), "consultant", 3, 5)) {
            assertEquals(Diagnoser.diagnose(ruleBase, answers), Diagnoser.diagnose(ruleBase, answers, List.of(), times));
        }
        assertEquals(3, times.diagnoses());
        Map<StageTimes.Stage, Double> means = times.meanMicros();
        assertEquals(List.of(StageTimes.Stage.values()), List.copyOf(means.keySet()));
        assertTrue(means.values().stream().allMatch(micros -> micros > 0), means.toString());
    }

    @Test
    void anUntimedDiagnosisCountsNothing() {
        AnswerSet answers = SampleAnswers.generate(ruleBase.knowledge(), "ceo", 1, 5).get(0);
        Diagnoser.diagnose(ruleBase, answers, List.of(), StageTimes.NONE);
        assertEquals(0, StageTimes.NONE.diagnoses());
    }
}
