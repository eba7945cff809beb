package com.salesdx.knowledge;

import java.util.HashSet;
import java.util.Set;

/** The keys each question type needs, and the ones it must not have. */
final class QuestionTypeChecks {
    private final FieldChecks check;
    private final Question q;
    private final String at;
    private boolean ok = true;

    QuestionTypeChecks(FieldChecks check, Question q, String at) {
        this.check = check;
        this.q = q;
        this.at = at;
    }

    boolean valid() {
        switch (q.type()) {
            case YES_NO -> {
                oneOf(q.healthy(), "healthy", "yes", "no");
                absent(q.low(), "low");
                absent(q.high(), "high");
                numberKeysAbsent();
                absent(q.options(), "options");
            }
            case SCALE -> {
                oneOf(q.healthy(), "healthy", "high", "low");
                ok &= check.text(q.low(), at + "/low") & check.text(q.high(), at + "/high");
                numberKeysAbsent();
                absent(q.options(), "options");
                absent(q.feeds(), "feeds");
            }
            case NUMBER -> {
                number();
                absent(q.options(), "options");
                absent(q.feeds(), "feeds");
            }
            case CHOICE -> {
                options();
                numberKeysAbsent();
                absent(q.feeds(), "feeds");
            }
        }
        return ok;
    }

    private void number() {
        absent(q.healthy(), "healthy");
        ok &= check.text(q.unit(), at + "/unit");
        if (q.min() == null || q.max() == null) {
            check.fail(at, "a number question needs `min` and `max` (the valid range)");
            ok = false;
            return;
        }
        if (q.min() >= q.max()) {
            check.fail(at + "/max", "max (" + q.max() + ") must be greater than min (" + q.min() + ")");
            ok = false;
        }
        if (Boolean.TRUE.equals(q.integer()) && (q.min() != Math.rint(q.min()) || q.max() != Math.rint(q.max()))) {
            check.fail(at + "/integer", "a whole-number question needs whole `min` and `max` (they are " + q.min() + " and "
                    + q.max() + ")");
            ok = false;
        }
        if (q.score() != null) {
            String problem = q.score().problem();
            if (problem != null) {
                check.fail(at + "/score", problem);
                ok = false;
            } else if (q.score().bounds().stream().anyMatch(this::outside)) {
                check.fail(at + "/score", "poor and good must lie between min and max");
                ok = false;
            }
        }
    }

    private boolean outside(double value) {
        return value < q.min() || value > q.max();
    }

    private void options() {
        absent(q.healthy(), "healthy");
        if (!check.list(q.options(), at + "/options", 2)) {
            ok = false;
            return;
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < q.options().size(); i++) {
            Option option = q.options().get(i);
            String optionAt = at + "/options/" + i;
            if (check.text(option.value(), optionAt + "/value") && !values.add(option.value())) {
                check.fail(optionAt + "/value", "duplicate option \"" + option.value() + "\"");
                ok = false;
            }
            ok &= check.text(option.label(), optionAt + "/label");
            if (option.score() != null && (option.score() < 0 || option.score() > 100)) {
                check.fail(optionAt + "/score", "must be between 0 and 100");
                ok = false;
            }
        }
    }

    private void numberKeysAbsent() {
        absent(q.unit(), "unit");
        absent(q.min(), "min");
        absent(q.max(), "max");
        absent(q.score(), "score");
        absent(q.integer(), "integer");
    }

    private void oneOf(String value, String key, String... allowed) {
        if (value != null && !Set.of(allowed).contains(value)) {
            check.fail(at + "/" + key, "\"" + value + "\" is not allowed for a " + q.type() + " question; expected "
                    + String.join(" or ", allowed));
            ok = false;
        }
    }

    private void absent(Object value, String key) {
        if (value != null) {
            check.fail(at + "/" + key, "does not apply to a " + q.type() + " question; remove it");
            ok = false;
        }
    }
}
