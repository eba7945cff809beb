package com.salesdx.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary paragraph, written from real diagnoses of the shipped rules. */
class ReportSummaryTest {
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    @Test
    void everyNoOnTheExecutiveDiagnosticGivesEachPillarItsBandTheThreeMostSevereFindingsAndWhereToStart() {
        Diagnosis diagnosis = diagnoseCeo(false);
        String summary = ReportSummary.of(diagnosis);

        for (PillarResult pillar : diagnosis.pillars()) {
            assertTrue(summary.contains(pillar.name()), pillar.name() + " is in the pillar picture: " + summary);
        }
        assertTrue(summary.contains(" are weak") || summary.contains(" is weak"), summary);
        assertTrue(diagnosis.findings().size() > ReportSummary.FINDINGS_NAMED, "enough findings to choose from");
        List<FindingResult> named = diagnosis.findings().stream().filter(f -> summary.contains(f.title())).toList();
        assertEquals(ReportSummary.FINDINGS_NAMED, named.size(), "names three findings, no more: " + summary);
        FindingResult mostSevere = diagnosis.findings().stream().filter(f -> f.severity().equals("high")).findFirst().orElseThrow();
        assertTrue(named.contains(mostSevere), "a high finding is always among them");
        assertTrue(summary.contains("Of " + diagnosis.findings().size() + " findings"), summary);
        assertTrue(summary.endsWith("Where to start: " + diagnosis.startReason()), summary);
    }

    @Test
    void aHealthyExecutiveDiagnosticSaysSoAndForcesNoPlaceToStart() {
        Diagnosis diagnosis = diagnoseCeo(true);
        String summary = ReportSummary.of(diagnosis);

        assertTrue(diagnosis.findings().isEmpty());
        assertTrue(summary.contains("No finding"), summary);
        assertFalse(summary.contains("Where to start"), summary);
        assertFalse(summary.contains(" are weak") || summary.contains(" is weak"), summary);
        assertFalse(summary.contains("is needs") || summary.contains("are needs"), "a band that is a verb agrees: " + summary);
    }

    @Test
    void severalPillarsThatNeedAttentionAgreeWithTheirVerb() {
        Diagnosis diagnosis = diagnoseCeo(true);
        List<PillarResult> pillars = diagnosis.pillars().stream()
                .map(p -> new PillarResult(p.id(), p.name(), 60, "needs attention", true, p.answered(), p.scoredQuestions(),
                        p.findings(), p.level(), p.levelName(), p.levelNote(), p.confidence(), 0, p.basis()))
                .toList();
        Diagnosis allMiddling = new Diagnosis(diagnosis.version(), diagnosis.questionnaire(), pillars, List.of(), List.of(),
                List.of(), null, List.of(), diagnosis.startReason());
        assertTrue(ReportSummary.pillarPicture(allMiddling).endsWith(" need attention."), ReportSummary.pillarPicture(allMiddling));
    }

    @Test
    void aPillarWithoutAnswersIsSaidToBeUnscoredNotWeak() {
        Diagnosis diagnosis = Diagnoser.diagnose(ruleBase, new AnswerSet("consultant", Map.of(), Map.of()));
        assertTrue(ReportSummary.pillarPicture(diagnosis).startsWith("No pillar had enough answers to score; "),
                ReportSummary.pillarPicture(diagnosis));
        assertTrue(ReportSummary.pillarPicture(diagnosis).endsWith("could not be scored from these answers."));
    }

    private Diagnosis diagnoseCeo(boolean yes) {
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        for (QuestionDef question : ruleBase.knowledge().questionnaire("ceo").orElseThrow().orderedQuestions()) {
            answers.put(question.id(), new GivenAnswer(question.id(), yes, false, null));
        }
        return Diagnoser.diagnose(ruleBase, new AnswerSet("ceo", answers, Map.of()));
    }
}
