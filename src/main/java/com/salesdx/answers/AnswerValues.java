package com.salesdx.answers;

import com.salesdx.knowledge.Option;
import com.salesdx.knowledge.QuestionDef;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a raw answer value into the typed value a question expects, or says precisely why not.
 * Strict on purpose: rules never see a value of the wrong type.
 */
public final class AnswerValues {
    public static final Set<String> DONT_KNOW = Set.of("dont_know", "don't know", "dont know", "unknown", "?");

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
        return Parsed.fail("expected yes, no or dont_know, got " + shown(raw));
    }

    private static Parsed scale(Object raw) {
        Optional<Double> number = numeric(raw);
        if (number.isEmpty() || number.get() != Math.rint(number.get()) || number.get() < 1 || number.get() > 5) {
            return Parsed.fail("expected a whole number from 1 to 5 or dont_know, got " + shown(raw));
        }
        return Parsed.of(number.get().intValue());
    }

    private static Parsed number(QuestionDef question, Object raw) {
        Optional<Double> number = numeric(raw);
        String range = format(question.min()) + " to " + format(question.max()) + " " + question.unit();
        if (number.isEmpty()) {
            return Parsed.fail("expected a number from " + range + " or dont_know, got " + shown(raw));
        }
        if (number.get() < question.min() || number.get() > question.max()) {
            return Parsed.fail(format(number.get()) + " is out of range; expected " + range);
        }
        return Parsed.of(number.get());
    }

    private static Parsed choice(QuestionDef question, Object raw) {
        if (raw instanceof String text && question.option(text.trim()).isPresent()) {
            return Parsed.of(text.trim());
        }
        return Parsed.fail("expected one of " + question.options().stream().map(Option::value)
                .collect(Collectors.joining(", ")) + " or dont_know, got " + shown(raw));
    }

    private static Optional<Double> numeric(Object raw) {
        if (raw instanceof Number n && Double.isFinite(n.doubleValue())) {
            return Optional.of(n.doubleValue());
        }
        return Optional.empty();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String shown(Object raw) {
        if (raw == null) {
            return "nothing";
        }
        String text = raw.toString();
        text = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return raw instanceof String ? "\"" + text + "\"" : text;
    }
}
