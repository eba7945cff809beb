package com.salesdx.engagement;

import com.salesdx.knowledge.Combination.TypeRule;
import com.salesdx.knowledge.QuestionDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Combines real answers (no don't-knows) to one question by the method combination.yaml gives its
 * type: weighted majority, weighted median, weighted mean or the most frequent answer. Empty when a
 * tie is to be read as "don't know".
 */
final class WeightedValues {
    /** One answer and the weight its respondent's role carries for this question. */
    record Weighted(Object value, double weight) {
    }

    private WeightedValues() {
    }

    static Optional<Object> combine(QuestionDef question, TypeRule rule, List<Weighted> values) {
        return switch (rule.method()) {
            case "majority", "most_frequent" -> mostFrequent(question, rule, values);
            case "median" -> median(question, rule, values);
            case "mean" -> Optional.of(round(values.stream().mapToDouble(w -> number(w) * w.weight()).sum()
                    / values.stream().mapToDouble(Weighted::weight).sum()));
            default -> throw new IllegalStateException("combination.yaml was validated; unknown method " + rule.method());
        };
    }

    /** Majority for yes/no is the most frequent of two values. */
    private static Optional<Object> mostFrequent(QuestionDef question, TypeRule rule, List<Weighted> values) {
        Map<Object, Double> weights = new LinkedHashMap<>();
        values.forEach(w -> weights.merge(w.value(), w.weight(), Double::sum));
        double top = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Object> leaders = new ArrayList<>();
        weights.forEach((value, weight) -> {
            if (weight == top) {
                leaders.add(value);
            }
        });
        return leaders.size() == 1 ? Optional.of(leaders.get(0)) : tie(question, rule, leaders);
    }

    /**
     * The weighted median. For a number, an even split averages the two middle values; for a scale
     * answer (whole points) an even split between two values is a tie.
     */
    private static Optional<Object> median(QuestionDef question, TypeRule rule, List<Weighted> values) {
        List<Weighted> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingDouble(WeightedValues::number));
        double total = sorted.stream().mapToDouble(Weighted::weight).sum();
        double running = 0;
        for (int i = 0; i < sorted.size(); i++) {
            running += sorted.get(i).weight();
            if (running > total / 2 + 1e-9) {
                return Optional.of(sorted.get(i).value());
            }
            if (Math.abs(running - total / 2) < 1e-9) {
                Object lower = sorted.get(i).value();
                Object upper = sorted.get(i + 1).value();
                if (number(lower) == number(upper)) {
                    return Optional.of(lower);
                }
                return question.type() == com.salesdx.knowledge.QuestionType.NUMBER
                        ? Optional.of(round((number(lower) + number(upper)) / 2))
                        : tie(question, rule, List.of(lower, upper));
            }
        }
        return Optional.of(sorted.get(sorted.size() - 1).value());
    }

    /** A tie becomes the less healthy answer, the healthier one, or "don't know", as combination.yaml says. */
    private static Optional<Object> tie(QuestionDef question, TypeRule rule, List<Object> tied) {
        if ("dont_know".equals(rule.tie())) {
            return Optional.empty();
        }
        // Without a known direction (a choice without scores), the option listed first in the questionnaire wins.
        Comparator<Object> byHealth = Comparator.comparingDouble(v -> Health.of(question, v).orElse(0.5));
        Comparator<Object> order = "healthy".equals(rule.tie()) ? byHealth.reversed() : byHealth;
        return tied.stream().min(order.thenComparingInt(v -> position(question, v)));
    }

    private static int position(QuestionDef question, Object value) {
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).value().equals(value)) {
                return i;
            }
        }
        return value instanceof Number n ? (int) Math.round(n.doubleValue()) : 0;
    }

    private static double number(Weighted w) {
        return number(w.value());
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** Numbers are kept to two decimals: 1.25 hours, not 1.2499999. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
