package com.salesdx.facts;

import java.util.Objects;

/**
 * One answer as the rules see it. Subclasses are typed so that a rule can only compare a
 * yes/no answer with yes/no, a number with a number: MVEL's loose coercion never gets a chance.
 */
public abstract class Answer {
    private final String question;
    private final String answeredAs;

    protected Answer(String question, String answeredAs) {
        this.question = Objects.requireNonNull(question);
        this.answeredAs = Objects.requireNonNull(answeredAs);
    }

    /** The question the rules read. */
    public String getQuestion() {
        return question;
    }

    /** The question the respondent actually answered: the same one, or a CEO question feeding it. */
    public String getAnsweredAs() {
        return answeredAs;
    }

    /** The value as a person would read it: "yes", "3", "45", "base_commission", "don't know". */
    public abstract String display();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + question + " = " + display() + ")";
    }
}
