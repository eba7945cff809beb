package com.salesdx.facts;

import java.util.Objects;

/**
 * A tunable figure from knowledge-base/thresholds.yaml, inserted into every session so rules read
 * {@code Threshold(name == "leadership.coaching_floor_hours", $floor : value)} instead of a number
 * written into the rule: a domain expert changes it in one place, and its source is on record.
 */
public final class Threshold {
    private final String name;
    private final double value;

    public Threshold(String name, double value) {
        this.name = Objects.requireNonNull(name);
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    @Override
    public String toString() {
        return "Threshold(" + name + " = " + value + ")";
    }
}
