package com.salesdx.knowledge;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The validated knowledge base: pillars in upstream order, questionnaires, every question by
 * id, interventions and scoring weights. Immutable once loaded; lookups are indexed because
 * every diagnosis makes many of them.
 */
public final class Knowledge {
    private final List<Pillar> pillars;
    private final Map<String, Pillar> pillarsById = new HashMap<>();
    private final Map<String, Questionnaire> questionnaires;
    private final Map<String, QuestionDef> questions;
    private final Map<String, Intervention> interventions;
    private final Map<String, Integer> interventionRanks = new HashMap<>();
    private final Map<String, Double> interventionFactors = new HashMap<>();
    private final double[] severityWeights = new double[Severity.values().length];
    private final double[] severityPenalties = new double[Severity.values().length];
    private final Scoring scoring;

    public Knowledge(List<Pillar> pillars, Map<String, Questionnaire> questionnaires, Map<String, QuestionDef> questions,
            Map<String, Intervention> interventions, Scoring scoring) {
        this.pillars = pillars.stream().sorted(Comparator.comparing(Pillar::upstreamRank)).toList();
        this.pillars.forEach(p -> pillarsById.put(p.id(), p));
        this.questionnaires = Collections.unmodifiableMap(new TreeMap<>(questionnaires));
        this.questions = Map.copyOf(questions);
        this.interventions = Map.copyOf(interventions);
        this.interventions.values().forEach(i -> interventionRanks.put(i.id(), upstreamRank(i.primaryPillar())));
        this.scoring = scoring;
        this.interventionRanks.forEach((id, rank) -> interventionFactors.put(id, scoring.upstreamFactor(rank)));
        for (Severity severity : Severity.values()) {
            severityWeights[severity.ordinal()] = scoring.severityWeight(severity);
            severityPenalties[severity.ordinal()] = scoring.penalty(severity);
        }
    }

    /** Severity weight for ranking interventions (scoring.yaml), looked up without hashing. */
    public double severityWeight(Severity severity) {
        return severityWeights[severity.ordinal()];
    }

    /** Points a finding of this severity takes off its pillar's score (scoring.yaml). */
    public double severityPenalty(Severity severity) {
        return severityPenalties[severity.ordinal()];
    }

    /** The upstream factor of the pillar an intervention acts on (scoring.yaml). */
    public double interventionFactor(String interventionId) {
        return interventionFactors.getOrDefault(interventionId, 0.5);
    }

    public List<Pillar> pillars() {
        return pillars;
    }

    public Map<String, Questionnaire> questionnaires() {
        return questionnaires;
    }

    public Map<String, QuestionDef> questions() {
        return questions;
    }

    public Map<String, Intervention> interventions() {
        return interventions;
    }

    public Scoring scoring() {
        return scoring;
    }

    public Optional<Pillar> pillar(String id) {
        return Optional.ofNullable(pillarsById.get(id));
    }

    public Optional<Questionnaire> questionnaire(String id) {
        return Optional.ofNullable(questionnaires.get(id));
    }

    public Optional<QuestionDef> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Optional<Intervention> intervention(String id) {
        return Optional.ofNullable(interventions.get(id));
    }

    /** 1 for the most upstream pillar; unknown pillars rank after all known ones. */
    public int upstreamRank(String pillarId) {
        Pillar pillar = pillarsById.get(pillarId);
        return pillar == null ? pillars.size() + 1 : pillar.upstreamRank();
    }

    /** The upstream rank of the pillar an intervention acts on. */
    public int interventionRank(String interventionId) {
        return interventionRanks.getOrDefault(interventionId, pillars.size() + 1);
    }
}
