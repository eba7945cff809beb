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
import java.util.List;
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
        List<PillarResult> results = new ArrayList<>();
        for (Pillar pillar : knowledge.pillars()) {
            int total = 0;
            int answered = 0;
            double health = 0;
            for (QuestionDef question : questionnaire.orderedQuestions()) {
                if (!question.scored() || !pillar.id().equals(question.pillar())) {
                    continue;
                }
                total++;
                GivenAnswer given = answers.answer(question.id()).orElse(null);
                OptionalDouble h = given != null && given.hasValue() ? question.health(given.value()) : OptionalDouble.empty();
                if (h.isPresent()) {
                    answered++;
                    health += h.getAsDouble();
                }
            }
            List<FindingResult> inPillar = findings.stream().filter(f -> f.pillar().equals(pillar.id())).toList();
            int needed = Math.max(scoring.assessment().minAnswered(),
                    (int) Math.ceil(scoring.assessment().minAnsweredShare() * total));
            if (total == 0 || answered < needed) {
                results.add(new PillarResult(pillar.id(), pillar.name(), null, NOT_ASSESSED, false, answered, total, inPillar.size()));
                continue;
            }
            double penalty = inPillar.stream().mapToDouble(f -> scoring.penalty(Severity.parse(f.severity()).orElseThrow())).sum();
            int score = (int) Math.round(Math.max(0, Math.min(100, 100 * health / answered - penalty)));
            results.add(new PillarResult(pillar.id(), pillar.name(), score, scoring.band(score), true, answered, total, inPillar.size()));
        }
        return results;
    }
}
