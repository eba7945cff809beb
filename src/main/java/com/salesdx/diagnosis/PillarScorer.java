package com.salesdx.diagnosis;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Pillar;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.knowledge.Scoring;
import com.salesdx.knowledge.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores each pillar as scoring.yaml describes: the weighted mean health of its answered questions
 * (each answer once, pulled towards the middle by a few imaginary neutral answers), a maturity
 * level gated by the questions of each level, and a confidence from how much was answered. A
 * finding never subtracts points of its own: it caps the health of the answers it rests on.
 */
final class PillarScorer {
    static final String NOT_ASSESSED = "not assessed";

    private PillarScorer() {
    }

    static List<PillarResult> score(Knowledge knowledge, Questionnaire questionnaire, AnswerSet answers,
            List<FindingResult> findings) {
        Scoring scoring = knowledge.scoring();
        Map<String, Double> caps = caps(knowledge, findings);
        Map<String, PillarTally> tallies = new HashMap<>();
        Function<String, Object> valueOf = id -> {
            GivenAnswer given = answers.answers().get(id);
            return given != null && given.hasValue() ? given.value() : null;
        };
        for (QuestionDef question : questionnaire.orderedQuestions()) {
            if (!question.scored()) {
                continue;
            }
            PillarTally tally = tallies.get(question.pillar());
            if (tally == null) {
                tally = new PillarTally(scoring);
                tallies.put(question.pillar(), tally);
            }
            // A question whose answer means nothing in this client's context counts neither way.
            if (!question.scoredWith(valueOf)) {
                if (valueOf.apply(question.id()) != null) {
                    tally.leftOut();
                }
                continue;
            }
            GivenAnswer given = answers.answers().get(question.id());
            double value = given != null && given.hasValue() ? question.healthOrNaN(given.value()) : Double.NaN;
            if (Double.isNaN(value)) {
                if (given != null && given.dontKnow()) {
                    tally.dontKnow();
                } else {
                    tally.unanswered();
                }
                continue;
            }
            Double cap = caps.get(question.id());
            if (cap != null && value < 1) {
                value = Math.min(value, cap);
            }
            tally.answer(question, value);
        }
        List<PillarResult> results = new ArrayList<>(knowledge.pillars().size());
        for (Pillar pillar : knowledge.pillars()) {
            PillarTally tally = tallies.getOrDefault(pillar.id(), new PillarTally(scoring));
            results.add(tally.result(pillar, findingsOf(pillar.id(), findings)));
        }
        return results;
    }

    /** Per answered question, the lowest cap any problem finding resting on it sets (own pillar only). */
    private static Map<String, Double> caps(Knowledge knowledge, List<FindingResult> findings) {
        Map<String, Double> caps = new HashMap<>();
        for (FindingResult finding : findings) {
            if (finding.visibility()) {
                continue;
            }
            double cap = knowledge.findingCap(finding.severityLevel());
            for (EvidenceAnswer evidence : finding.evidence()) {
                QuestionDef question = knowledge.questions().get(evidence.question());
                if (question != null && finding.pillar().equals(question.pillar())) {
                    Double lower = caps.get(question.id());
                    if (lower == null || cap < lower) {
                        caps.put(question.id(), cap);
                    }
                }
            }
        }
        return caps;
    }

    private static List<FindingResult> findingsOf(String pillar, List<FindingResult> findings) {
        List<FindingResult> own = new ArrayList<>();
        for (FindingResult finding : findings) {
            if (finding.pillar().equals(pillar)) {
                own.add(finding);
            }
        }
        return own;
    }
}
