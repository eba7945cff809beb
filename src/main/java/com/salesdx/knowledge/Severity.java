package com.salesdx.knowledge;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.toString().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
