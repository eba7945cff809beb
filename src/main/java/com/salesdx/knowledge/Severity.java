package com.salesdx.knowledge;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    private static final Severity[] VALUES = values();
    private final String word = name().toLowerCase(Locale.ROOT);

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
