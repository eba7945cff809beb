package com.salesdx.knowledge;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    private static final Severity[] VALUES = values();
    private final String word = name().toLowerCase(Locale.ROOT);

    /** The severity a finding carries (always one of the three words): no allocation, no trimming. */
    public static Severity of(String word) {
        return switch (word) {
            case "high" -> HIGH;
            case "medium" -> MEDIUM;
            case "low" -> LOW;
            default -> parse(word).orElseThrow(() -> new IllegalArgumentException("not a severity: " + word));
        };
    }

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Severity severity : VALUES) {
            if (severity.word.equals(text)) {
                return Optional.of(severity);
            }
        }
        String normalised = text.trim().toLowerCase(Locale.ROOT);
        for (Severity severity : VALUES) {
            if (severity.word.equals(normalised)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word;
    }
}
