package com.salesdx.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated knowledge base: pillars in upstream order, questionnaires, every question by
 * id, interventions and scoring weights. Immutable once loaded.
 */
public record Knowledge(List<Pillar> pillars, Map<String, Questionnaire> questionnaires,
        Map<String, QuestionDef> questions, Map<String, Intervention> interventions, Scoring scoring) {

    public Knowledge {
        pillars = pillars.stream().sorted(Comparator.comparing(Pillar::upstreamRank)).toList();
        questionnaires = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(questionnaires));
        questions = Map.copyOf(questions);
        interventions = Map.copyOf(interventions);
    }

    public Optional<Pillar> pillar(String id) {
        return pillars.stream().filter(p -> p.id().equals(id)).findFirst();
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

    public int upstreamRank(String pillarId) {
        return pillar(pillarId).map(Pillar::upstreamRank).orElse(pillars.size() + 1);
    }
}
