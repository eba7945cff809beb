package com.salesdx.answers;

import com.salesdx.knowledge.Option;
import com.salesdx.knowledge.QuestionDef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a raw answer value into the typed value a question expects, or says precisely why not.
 * Strict on purpose: rules never see a value of the wrong type. Messages say what the question takes
 * in plain words ("expected yes, no or dont_know, not an object"): they reach people, never Java's names.
 */
public final class AnswerValues {
    public static final Set<String> DONT_KNOW = Set.of("dont_know", "don't know", "dont know", "unknown", "?");
    /** Past this size a number is shown as "that large": printing 1e308 in full helps nobody. */
    private static final double SHOWN_IN_FULL = 1e15;

    private AnswerValues() {
    }

    /** The outcome: a value, "don't know", or an error message. */
    public record Parsed(Object value, boolean dontKnow, String error) {
        static Parsed of(Object value) {
            return new Parsed(value, false, null);
        }

        static Parsed fail(String error) {
            return new Parsed(null, false, error);
        }
    }

    public static Parsed parse(QuestionDef question, Object raw) {
        if (raw instanceof String text && DONT_KNOW.contains(text.trim().toLowerCase(Locale.ROOT))) {
            return new Parsed(null, true, null);
        }
        return switch (question.type()) {
            case YES_NO -> yesNo(raw);
            case SCALE -> scale(raw);
            case NUMBER -> number(question, raw);
            case CHOICE -> choice(question, raw);
        };
    }

    private static Parsed yesNo(Object raw) {
        if (raw instanceof Boolean b) {
            return Parsed.of(b);
        }
        if (raw instanceof String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true" -> {
                    return Parsed.of(Boolean.TRUE);
                }
                case "no", "n", "false" -> {
                    return Parsed.of(Boolean.FALSE);
                }
                default -> {
                }
            }
        }
        return Parsed.fail("expected yes, no or dont_know, not " + shown(raw));
    }

    private static Parsed scale(Object raw) {
        String expected = "expected a whole number from 1 to 5 or dont_know";
        Optional<Double> number = numeric(raw);
        if (number.isEmpty()) {
            return Parsed.fail(notANumber(raw, expected));
        }
        if (number.get() != Math.rint(number.get()) || number.get() < 1 || number.get() > 5) {
            return Parsed.fail(expected + ", not " + shown(raw));
        }
        return Parsed.of(number.get().intValue());
    }

    private static Parsed number(QuestionDef question, Object raw) {
        String range = (question.integer() ? "a whole number from " : "a number from ") + plain(question.min()) + " to " + plain(question.max())
                + (question.unit() == null || question.unit().isBlank() ? "" : " " + question.unit());
        Optional<Double> number = numeric(raw);
        if (number.isEmpty()) {
            return Parsed.fail(notANumber(raw, "expected " + range + " or dont_know"));
        }
        if (number.get() < question.min() || number.get() > question.max()) {
            return Parsed.fail(shown(raw) + " is out of range: expected " + range);
        }
        if (question.integer() && number.get() != Math.rint(number.get())) {
            return Parsed.fail("expected " + range + " (it counts, so no fractions), not " + shown(raw));
        }
        return Parsed.of(number.get());
    }

    private static Parsed choice(QuestionDef question, Object raw) {
        if (raw instanceof String text && question.option(text.trim()).isPresent()) {
            return Parsed.of(text.trim());
        }
        return Parsed.fail("expected one of " + question.options().stream().map(Option::value)
                .collect(Collectors.joining(", ")) + " or dont_know, not " + shown(raw));
    }

    private static Optional<Double> numeric(Object raw) {
        if (raw instanceof Number n && Double.isFinite(n.doubleValue())) {
            return Optional.of(n.doubleValue());
        }
        return Optional.empty();
    }

    /** NaN and infinity are numbers to Java (a form's "NaN" parses as one), never to a person answering. */
    private static String notANumber(Object raw, String expected) {
        if (raw instanceof Number n && Double.isNaN(n.doubleValue())) {
            return "NaN is not a number salesdx accepts: " + expected;
        }
        if (raw instanceof Number) {
            return "infinity is not a number salesdx accepts: " + expected;
        }
        return expected + ", not " + shown(raw);
    }

    /** The answer as the person sent it, in words: "maybe" in quotes, 12.5, an object, a list. */
    public static String shown(Object raw) {
        if (raw == null) {
            return "nothing";
        }
        if (raw instanceof Map) {
            return "an object";
        }
        if (raw instanceof List) {
            return "a list";
        }
        if (raw instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (raw instanceof Number n) {
            double value = n.doubleValue();
            return Double.isNaN(value) ? "NaN" : Double.isInfinite(value) ? "infinity"
                    : Math.abs(value) < SHOWN_IN_FULL ? plain(value) : value > 0 ? "a number that large" : "a negative number that large";
        }
        String text = raw.toString();
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }

    /** 12, 12.5, 0.001: never 1.0E-3 or 12.0. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
