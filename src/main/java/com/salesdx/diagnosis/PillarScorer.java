package com.salesdx.diagnosis;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
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
import java.util.OptionalDouble;

/**
 * Scores each pillar 0-100: the mean health of its answered, scored questions, less a penalty
 * per finding in the pillar (so context-dependent verdicts move the score too). A pillar with
 * too few real answers is "not assessed": a skipped or "don't know" answer is never a "no".
 */
final class PillarScorer {
    static final String NOT_ASSESSED = "not assessed";

    private PillarScorer() {
    }

    static List<PillarResult> score(Knowledge knowledge, Questionnaire questionnaire, AnswerSet answers,
            List<FindingResult> findings) {
        Scoring scoring = knowledge.scoring();
        Map<String, Tally> tallies = new HashMap<>();
        for (QuestionDef question : questionnaire.orderedQuestions()) {
            if (question.scored()) {
                GivenAnswer given = answers.answers().get(question.id());
                OptionalDouble health = given != null && given.hasValue() ? question.health(given.value()) : OptionalDouble.empty();
                tallies.computeIfAbsent(question.pillar(), p -> new Tally()).add(health);
            }
        }
        List<PillarResult> results = new ArrayList<>(knowledge.pillars().size());
        for (Pillar pillar : knowledge.pillars()) {
            Tally tally = tallies.getOrDefault(pillar.id(), new Tally());
            int findingCount = 0;
            double penalty = 0;
            for (FindingResult finding : findings) {
                if (finding.pillar().equals(pillar.id())) {
                    findingCount++;
                    penalty += knowledge.severityPenalty(Severity.parse(finding.severity()).orElseThrow());
                }
            }
            int needed = Math.max(scoring.assessment().minAnswered(),
                    (int) Math.ceil(scoring.assessment().minAnsweredShare() * tally.total));
            if (tally.total == 0 || tally.answered < needed) {
                results.add(new PillarResult(pillar.id(), pillar.name(), null, NOT_ASSESSED, false, tally.answered,
                        tally.total, findingCount));
                continue;
            }
            int score = (int) Math.round(Math.max(0, Math.min(100, 100 * tally.health / tally.answered - penalty)));
            results.add(new PillarResult(pillar.id(), pillar.name(), score, scoring.band(score), true, tally.answered,
                    tally.total, findingCount));
        }
        return results;
    }

    /** Scored questions of one pillar: how many, how many really answered, their summed health. */
    private static final class Tally {
        int total;
        int answered;
        double health;

        void add(OptionalDouble value) {
            total++;
            if (value.isPresent()) {
                answered++;
                health += value.getAsDouble();
            }
        }
    }
}
