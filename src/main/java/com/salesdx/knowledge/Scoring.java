package com.salesdx.knowledge;

import java.util.List;
import java.util.Map;

/** knowledge-base/scoring.yaml: how pillars are scored and remedies ranked (docs/scoring.md). */
public record Scoring(Map<Integer, Level> levels, PillarScore pillarScore, List<Band> bands,
        Map<Integer, String> ceilingWhenLevelFails, Assessment assessment, List<Confidence> confidence, Weakest weakest,
        Map<String, Double> severityWeights, List<Double> remedyPlaceWeights, Map<String, Lever> levers,
        StartHere startHere) {

    public record Level(String name, String meaning) {
    }

    public record PillarScore(Map<Integer, Double> levelWeights, Double priorAnswers, Double priorHealth, Double holdsAt,
            Map<String, Double> findingCaps) {
    }

    /**
     * A band a pillar score reaches from {@code min}; with {@code minAnswered}, only on at least that many
     * real answers (a high score on one or two answers shows no problem, not strength); with
     * {@code maxAnswered} and {@code onlyWhenClean}, only on at most that many answers, every one of
     * which holds, and no finding in the pillar: few healthy answers are no sign of a problem either.
     */
    public record Band(String name, Integer min, Integer minAnswered, Integer maxAnswered, Boolean onlyWhenClean) {

        boolean fits(int score, int answered, boolean clean) {
            return score >= min && (minAnswered == null || answered >= minAnswered)
                    && (maxAnswered == null || answered <= maxAnswered) && (!Boolean.TRUE.equals(onlyWhenClean) || clean);
        }
    }

    public record Assessment(Integer minAnswered) {
    }

    public record Confidence(String name, Integer minAnswered, Double minShare) {
    }

    public record Weakest(Integer minAssessed, Integer margin) {
    }

    public record Lever(Double factor, String pillar) {
    }

    public record StartHere(Integer count, String minSeverity) {
    }

    // Loops rather than streams below: each runs several times per diagnosis.
    /** The first band, from the top, that the score, the number of real answers and their cleanness allow. */
    public String band(int score, int answered, boolean clean) {
        for (Band band : bands) {
            if (band.fits(score, answered, clean)) {
                return band.name();
            }
        }
        return bands.get(bands.size() - 1).name();
    }

    /** Position of a band from the top (0 = best); unknown names sort last. */
    public int bandRank(String name) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).name().equals(name)) {
                return i;
            }
        }
        return bands.size();
    }

    public String confidence(int answered, int total) {
        double share = total == 0 ? 0 : (double) answered / total;
        for (Confidence c : confidence) {
            if (answered >= c.minAnswered() && share >= c.minShare()) {
                return c.name();
            }
        }
        return confidence.get(confidence.size() - 1).name();
    }

    public double severityWeight(Severity severity) {
        return severityWeights.getOrDefault(severity.toString(), 1.0);
    }

    /** The weight of a remedy's place (0 = first) in a rule's @interventions list. */
    public double remedyPlaceWeight(int place) {
        return remedyPlaceWeights.get(Math.min(place, remedyPlaceWeights.size() - 1));
    }

    public double findingCap(Severity severity) {
        return pillarScore.findingCaps().getOrDefault(severity.toString(), 1.0);
    }

    public double levelWeight(int level) {
        return pillarScore.levelWeights().getOrDefault(level, 1.0);
    }

    public String levelName(int level) {
        Level named = levels.get(level);
        return named == null ? "level " + level : named.name();
    }
}
