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
    private final Map<String, Integer> questionIndexes = new HashMap<>();
    private final boolean[] inPillar;
    private final Map<String, InterventionPlacing> placings = new HashMap<>();
    private final double[] severityWeights = new double[Severity.values().length];
    private final double[] findingCaps = new double[Severity.values().length];
    private final Scoring scoring;
    private final Map<String, ThresholdDef> thresholds;
    private final Combination combination;

    public Knowledge(List<Pillar> pillars, Map<String, Questionnaire> questionnaires, Map<String, QuestionDef> questions,
            Map<String, Intervention> interventions, Scoring scoring, Map<String, ThresholdDef> thresholds) {
        this(pillars, questionnaires, questions, interventions, scoring, thresholds, null);
    }

    public Knowledge(List<Pillar> pillars, Map<String, Questionnaire> questionnaires, Map<String, QuestionDef> questions,
            Map<String, Intervention> interventions, Scoring scoring, Map<String, ThresholdDef> thresholds,
            Combination combination) {
        this.combination = combination;
        this.thresholds = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thresholds));

        this.pillars = pillars.stream().sorted(Comparator.comparing(Pillar::upstreamRank)).toList();
        this.pillars.forEach(p -> pillarsById.put(p.id(), p));
        this.questionnaires = Collections.unmodifiableMap(new TreeMap<>(questionnaires));
        // HashMap, not Map.copyOf: every diagnosis makes hundreds of these lookups.
        this.questions = Collections.unmodifiableMap(new HashMap<>(questions));
        this.interventions = Collections.unmodifiableMap(new HashMap<>(interventions));
        new TreeMap<>(questions).keySet().forEach(id -> questionIndexes.put(id, questionIndexes.size()));
        this.inPillar = new boolean[questionIndexes.size()];
        questionIndexes.forEach((id, index) -> inPillar[index] = this.questions.get(id).belongsToPillar());
        this.scoring = scoring;
        for (Intervention it : this.interventions.values()) {
            String lever = it.lever() != null ? it.lever() : defaultLever(scoring, it.primaryPillar());
            Scoring.Lever known = scoring.levers().get(lever);
            placings.put(it.id(), new InterventionPlacing(upstreamRank(it.primaryPillar()), known == null ? 1.0 : known.factor(), lever));
        }
        for (Severity severity : Severity.values()) {
            severityWeights[severity.ordinal()] = scoring.severityWeight(severity);
            findingCaps[severity.ordinal()] = scoring.findingCap(severity);
        }
    }

    /** A question's place among all questions (0 to questionCount() - 1), or -1: lets a diagnosis keep answers in bit sets. */
    public int questionIndex(String questionId) {
        Integer index = questionIndexes.get(questionId);
        return index == null ? -1 : index;
    }

    /** Whether the question at {@code index} (see questionIndex) belongs to a pillar, rather than describing context. */
    public boolean belongsToPillar(int index) {
        return inPillar[index];
    }

    public int questionCount() {
        return questionIndexes.size();
    }

    /** Severity weight for ranking interventions (scoring.yaml), looked up without hashing. */
    public double severityWeight(Severity severity) {
        return severityWeights[severity.ordinal()];
    }

    /** The highest health an answer keeps when a finding of this severity rests on it (scoring.yaml). */
    public double findingCap(Severity severity) {
        return findingCaps[severity.ordinal()];
    }

    /**
     * Rank, lever and lever factor of an intervention in one lookup (a diagnosis ranks dozens);
     * an unknown id ranks after every pillar, with a neutral factor and no lever.
     */
    public InterventionPlacing placing(String interventionId) {
        InterventionPlacing placing = placings.get(interventionId);
        return placing != null ? placing : new InterventionPlacing(pillars.size() + 1, 1.0, null);
    }

    /** The factor of the lever an intervention pulls (scoring.yaml levers). */
    public double interventionFactor(String interventionId) {
        return placing(interventionId).factor();
    }

    /** The lever an intervention pulls: its own, or its primary pillar's. */
    public String interventionLever(String interventionId) {
        return placing(interventionId).lever();
    }

    private static String defaultLever(Scoring scoring, String pillar) {
        return scoring.levers().entrySet().stream().filter(e -> pillar.equals(e.getValue().pillar()))
                .map(Map.Entry::getKey).findFirst().orElse(pillar);
    }

    public Map<String, ThresholdDef> thresholds() {
        return thresholds;
    }

    /** How several respondents' answers combine (combination.yaml); empty when the folder has none. */
    public Optional<Combination> combination() {
        return Optional.ofNullable(combination);
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
        return placing(interventionId).rank();
    }
}
