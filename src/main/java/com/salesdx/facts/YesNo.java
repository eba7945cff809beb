package com.salesdx.facts;

/** A yes/no answer; rules write {@code YesNo(question == "...", no)} or {@code yes}. */
public final class YesNo extends Answer {
    private final boolean yes;

    public YesNo(String question, String answeredAs, boolean yes) {
        super(question, answeredAs);
        this.yes = yes;
    }

    public boolean isYes() {
        return yes;
    }

    public boolean isNo() {
        return !yes;
    }

    @Override
    public String display() {
        return yes ? "yes" : "no";
    }
}
