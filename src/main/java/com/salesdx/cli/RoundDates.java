package com.salesdx.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a round was, read from its label ("Q1 2026", "2026 Q1", "2026-Q1", "2026-03", "2026-03-15"), so
 * that `compare` can tell a later round given first. A label that names no date says nothing about order.
 */
final class RoundDates {
    private static final Pattern QUARTER_YEAR = Pattern.compile("(?i)\\bQ([1-4])[\\s-]*(\\d{4})\\b");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(?i)\\b(\\d{4})[\\s-]*Q([1-4])\\b");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");

    private RoundDates() {
    }

    /** True when both labels name a date and the first names a later one. */
    static boolean reversed(String earlier, String later) {
        Optional<LocalDate> first = startOf(earlier);
        Optional<LocalDate> second = startOf(later);
        return first.isPresent() && second.isPresent() && first.get().isAfter(second.get());
    }

    /** The first day the label names: a quarter's first day, a month's first day, or the date itself. */
    static Optional<LocalDate> startOf(String label) {
        if (label == null) {
            return Optional.empty();
        }
        try {
            Matcher m = QUARTER_YEAR.matcher(label);
            if (m.find()) {
                return Optional.of(quarter(m.group(2), m.group(1)));
            }
            m = YEAR_QUARTER.matcher(label);
            if (m.find()) {
                return Optional.of(quarter(m.group(1), m.group(2)));
            }
            m = YEAR_MONTH_DAY.matcher(label);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            // "2026-13": not a date after all
        }
        return Optional.empty();
    }

    private static LocalDate quarter(String year, String quarter) {
        return LocalDate.of(Integer.parseInt(year), 3 * Integer.parseInt(quarter) - 2, 1);
    }
}
