package com.salesdx.facts;

/** An answer on a 1-5 scale; rules write {@code Scale(question == "...", value <= 2)}. */
public final class Scale extends Answer {
    private final int value;

    public Scale(String question, String answeredAs, int value) {
        super(question, answeredAs);
        this.value = value;
    }

    public int getValue() {
        return value;
    }

    @Override
    public String display() {
        return Integer.toString(value);
    }
}
