package com.salesdx.facts;

/**
 * "Don't know", kept apart from "not answered". Not knowing a figure (forecast accuracy,
 * time spent selling) can itself be a finding, so rules may read {@code DontKnow(question == "...")}.
 */
public final class DontKnow extends Answer {
    public DontKnow(String question, String answeredAs) {
        super(question, answeredAs);
    }

    @Override
    public String display() {
        return "don't know";
    }
}
