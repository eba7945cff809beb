package com.salesdx.knowledge;

import java.util.List;
import java.util.Map;

/** The weights in knowledge-base/scoring.yaml: how pillars are scored and interventions ranked. */
public record Scoring(Map<String, Double> severityWeights, Map<String, Double> findingPenalties,
        List<Band> bands, Assessment assessment, Map<Integer, Double> upstreamFactors, Integer startHere) {

    public record Band(String name, Integer min) {
    }

    public record Assessment(Double minAnsweredShare, Integer minAnswered) {
    }

    public String band(int score) {
        return bands.stream().filter(b -> score >= b.min()).findFirst().map(Band::name).orElse("weak");
    }

    public double severityWeight(Severity severity) {
        return severityWeights.getOrDefault(severity.toString(), 1.0);
    }

    public double penalty(Severity severity) {
        return findingPenalties.getOrDefault(severity.toString(), 0.0);
    }

    public double upstreamFactor(int rank) {
        return upstreamFactors.getOrDefault(rank, 0.5);
    }
}
