package com.salesdx.diagnosis;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.knowledge.Pillar;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Scoring;
import java.util.ArrayList;
import java.util.List;

/** The answers of one pillar as they come in, and the pillar result they add up to. */
final class PillarTally {
    private final Scoring scoring;
    private int total;
    private int answered;
    private int dontKnows;
    private int leftOut;
    private double weightedHealth;
    private double weights;
    /** Per level: how many answers, and the questions whose answers do not hold it. */
    private final LevelTally[] levels = new LevelTally[QuestionDef.TOP_LEVEL + 1];

    PillarTally(Scoring scoring) {
        this.scoring = scoring;
    }

    void unanswered() {
        total++;
    }

    /** An answer given to a question that does not apply in this client's context (not_scored_when). */
    void leftOut() {
        leftOut++;
    }

    void dontKnow() {
        total++;
        dontKnows++;
    }

    void answer(QuestionDef question, double health) {
        total++;
        answered++;
        double weight = scoring.levelWeight(question.level());
        weightedHealth += weight * health;
        weights += weight;
        LevelTally level = levels[question.level()];
        if (level == null) {
            level = levels[question.level()] = new LevelTally();
        }
        level.answered++;
        if (health < scoring.pillarScore().holdsAt()) {
            level.failing.add(question);
        }
    }

    PillarResult result(Pillar pillar, List<FindingResult> findings) {
        int needed = Math.min(scoring.assessment().minAnswered(), total);
        int more = Math.max(0, needed - answered);
        boolean assessed = total > 0 && more == 0;
        String confidence = scoring.confidence(answered, total);
        if (!assessed) {
            return new PillarResult(pillar.id(), pillar.name(), null, PillarScorer.NOT_ASSESSED, false, answered, total,
                    findings.size(), null, null, null, null, more, Basis.notAssessed(findings, answered, dontKnows, total, more, leftOut));
        }
        double prior = scoring.pillarScore().priorAnswers();
        double mean = (weightedHealth + prior * scoring.pillarScore().priorHealth()) / (weights + prior);
        int score = (int) Math.round(100 * mean);
        Integer level = null;
        QuestionDef blocker = null;
        int failedLevel = 0;
        if (levels[QuestionDef.FOUNDATION] != null) {
            level = 1;
            for (int l = QuestionDef.FOUNDATION; l <= QuestionDef.TOP_LEVEL; l++) {
                LevelTally tally = levels[l];
                if (tally == null) {
                    break; // a level nobody was asked about is not claimed
                }
                if (!tally.failing.isEmpty()) {
                    failedLevel = l;
                    blocker = tally.failing.get(0);
                    break;
                }
                level = l;
            }
        }
        boolean clean = findings.isEmpty() && everyAnswerHolds();
        String band = scoring.band(score, answered, clean);
        String ceiling = scoring.ceilingWhenLevelFails().get(failedLevel);
        if (ceiling != null && scoring.bandRank(ceiling) > scoring.bandRank(band)) {
            band = ceiling;
        }
        String levelNote = levelNote(level, failedLevel, blocker);
        return new PillarResult(pillar.id(), pillar.name(), score, band, true, answered, total, findings.size(), level,
                level == null ? null : scoring.levelName(level), levelNote, confidence, 0,
                Basis.assessed(findings, answered, dontKnows, total, confidence, leftOut));
    }

    private boolean everyAnswerHolds() {
        for (LevelTally level : levels) {
            if (level != null && !level.failing.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private String levelNote(Integer level, int failedLevel, QuestionDef blocker) {
        if (level == null) {
            return "level not known: none of its foundation questions was answered";
        }
        if (blocker != null) {
            return "level " + failedLevel + " (" + scoring.levelName(failedLevel) + ") not reached: \"" + blocker.text()
                    + "\" does not hold";
        }
        return level == QuestionDef.TOP_LEVEL ? "every answered level holds"
                : "level " + (level + 1) + " (" + scoring.levelName(level + 1) + ") was not asked";
    }

    private static final class LevelTally {
        int answered;
        final List<QuestionDef> failing = new ArrayList<>(2);
    }
}
