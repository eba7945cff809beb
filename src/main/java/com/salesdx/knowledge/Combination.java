package com.salesdx.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * knowledge-base/combination.yaml: how the answers of several respondents combine into one answer
 * per question (per question type and role), and which two sides perception gaps compare.
 */
public record Combination(List<RoleDef> roles, Map<String, TypeRule> byType, String dontKnow, List<Witness> witnesses,
        Perception perception) {

    public static final String DONT_KNOW_MAJORITY = "majority";
    public static final String DONT_KNOW_ONLY_WHEN_NOBODY_KNOWS = "only_when_nobody_knows";

    /** A respondent's role and the weight its answers carry by default. */
    public record RoleDef(String id, String label, Double weight) {
    }

    /** How one question type combines: {@code method} and what a {@code tie} becomes. */
    public record TypeRule(String method, String tie) {
    }

    /** The roles that count, with their weights, for the questions or pillars in {@code about}. */
    public record Witness(List<String> about, Map<String, Double> weights, String why) {
    }

    /** The two sides compared for perception gaps. */
    public record Perception(List<String> leaders, List<String> sellers, Integer minPerSide) {
    }

    public Optional<RoleDef> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public TypeRule rule(QuestionType type) {
        return byType.get(type.toString());
    }

    public boolean dontKnowNeedsMajority() {
        return DONT_KNOW_MAJORITY.equals(dontKnow);
    }

    /**
     * The weight of each role for one question: the first witness entry naming the question, else
     * the first naming its pillar, else every role at its default weight. Unlisted roles weigh 0.
     */
    public Map<String, Double> weights(QuestionDef question) {
        for (Witness w : witnesses) {
            if (w.about().contains(question.id())) {
                return w.weights();
            }
        }
        for (Witness w : witnesses) {
            if (question.pillar() != null && w.about().contains(question.pillar())) {
                return w.weights();
            }
        }
        return defaultWeights();
    }

    public Map<String, Double> defaultWeights() {
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        roles.forEach(r -> weights.put(r.id(), r.weight()));
        return weights;
    }
}
