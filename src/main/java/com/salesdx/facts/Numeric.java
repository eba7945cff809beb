package com.salesdx.facts;

/** A number answer (hours, %, count); rules write {@code Numeric(question == "...", value < 25)}. */
public final class Numeric extends Answer {
    private final double value;

    public Numeric(String question, String answeredAs, double value) {
        super(question, answeredAs);
        this.value = value;
    }

    public double getValue() {
        return value;
    }

    @Override
    public String display() {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
