package com.salesdx.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A validated question with everything resolved: its questionnaire, its pillar (from the
 * section when the question does not name one) and whether it counts towards the pillar score. {@code integer}:
 * a number question that counts people or things, so takes whole numbers only.
 */
public record QuestionDef(String id, String questionnaire, String section, String pillar, String text,
        QuestionType type, boolean healthyIsYesOrHigh, String low, String high, String unit,
        double min, double max, boolean integer, ScoreRange score, List<Option> options, boolean scored, int level, Help help,
        List<String> feeds, Map<String, List<String>> notScoredWhen, String file, int line) {

    /** Maturity levels a scored question can test (scoring.yaml names them); 1 needs nothing. */
    public static final int FOUNDATION = 2;
    public static final int DEFAULT_LEVEL = 3;
    public static final int TOP_LEVEL = 4;

    public boolean belongsToPillar() {
        return pillar != null;
    }

    /**
     * Whether this answer counts towards its pillar's score with the given answers: a scored question
     * does unless a context its {@code not_scored_when} names was answered (one buyer, no multi-threading).
     */
    public boolean scoredWith(Function<String, Object> valueOf) {
        if (!scored) {
            return false;
        }
        for (Map.Entry<String, List<String>> context : notScoredWhen.entrySet()) {
            Object value = valueOf.apply(context.getKey());
            if (value != null && context.getValue().contains(value)) {
                return false;
            }
        }
        return true;
    }

    public Optional<Option> option(String value) {
        return Optional.ofNullable(optionOrNull(value));
    }

    // A loop, not a stream: every diagnosis scores and shows each answered choice.
    private Option optionOrNull(String value) {
        for (Option option : options) {
            if (option.value().equals(value)) {
                return option;
            }
        }
        return null;
    }

    /**
     * How healthy an answer is, 0 (worst) to 1 (best), or empty when the question is not scored.
     * The value is already validated: Boolean, Integer 1-5, Double in range, or an option value.
     */
    public OptionalDouble health(Object value) {
        double health = healthOrNaN(value);
        return Double.isNaN(health) ? OptionalDouble.empty() : OptionalDouble.of(health);
    }

    /** The same as {@link #health}, NaN for empty: what a diagnosis scores each answer with, nothing allocated. */
    public double healthOrNaN(Object value) {
        if (!scored) {
            return Double.NaN;
        }
        return switch (type) {
            case YES_NO -> ((Boolean) value) == healthyIsYesOrHigh ? 1 : 0;
            case SCALE -> {
                double share = (((Number) value).doubleValue() - 1) / 4.0;
                yield healthyIsYesOrHigh ? share : 1 - share;
            }
            case NUMBER -> score.health(((Number) value).doubleValue());
            case CHOICE -> {
                Option option = optionOrNull((String) value);
                yield option == null || option.score() == null ? Double.NaN : option.score() / 100.0;
            }
        };
    }

    /**
     * "1 hour per rep per week", not "1 hours": the counted word (the last before "per" or a
     * parenthesis) loses its plural s. Units are short English phrases written in the questionnaires.
     */
    static String singular(String unit) {
        int end = unit.length();
        for (String stop : new String[] {" per ", " ("}) {
            int at = unit.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        String head = unit.substring(0, end);
        if (head.endsWith("s") && !head.endsWith("ss") && !head.startsWith("%")) {
            return head.substring(0, head.length() - 1) + unit.substring(end);
        }
        return unit;
    }

    /** The answer as a person reads it: "no", "4 (Every deal, every week)", "12 %", the option's label. */
    public String display(Object value) {
        return switch (type) {
            case YES_NO -> ((Boolean) value) ? "yes" : "no";
            case SCALE -> {
                int v = ((Number) value).intValue();
                String end = v == 1 ? " (" + low + ")" : v == 5 ? " (" + high + ")" : "";
                yield v + " of 5" + end;
            }
            case NUMBER -> {
                double v = ((Number) value).doubleValue();
                String number = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
                yield unit == null || unit.isBlank() ? number : number + " " + (v == 1 ? singular(unit) : unit);
            }
            case CHOICE -> {
                Option option = optionOrNull((String) value);
                yield option == null ? (String) value : option.label();
            }
        };
    }
}
