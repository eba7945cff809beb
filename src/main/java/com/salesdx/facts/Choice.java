package com.salesdx.facts;

/** A single-choice answer; rules write {@code Choice(question == "...", value == "commission_only")}. */
public final class Choice extends Answer {
    private final String value;

    public Choice(String question, String answeredAs, String value) {
        super(question, answeredAs);
        this.value = value;
    }

    public String getValue() {
        return value;
    }

    @Override
    public String display() {
        return value;
    }
}
