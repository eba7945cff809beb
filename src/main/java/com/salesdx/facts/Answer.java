package com.salesdx.facts;

import com.salesdx.answers.GivenAnswer;
import com.salesdx.knowledge.QuestionDef;
import java.util.Objects;

/**
 * One answer as the rules see it. Subclasses are typed so that a rule can only compare a
 * yes/no answer with yes/no, a number with a number: MVEL's loose coercion never gets a chance.
 */
public abstract class Answer {
    private final String question;
    private final String answeredAs;
    // What the answer was given as, when it came from an answer set: showing it as evidence then needs no lookup.
    private QuestionDef asked;
    private GivenAnswer given;

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

    /** Remembers the question and answer this fact was made from (not visible to rules: no getter). */
    public Answer madeFrom(QuestionDef asked, GivenAnswer given) {
        this.asked = asked;
        this.given = given;
        return this;
    }

    /** The question answered, or null for a fact not made from one answer (a perception gap). */
    public QuestionDef askedQuestion() {
        return asked;
    }

    /** The answer given, or null for a fact not made from one answer. */
    public GivenAnswer givenAnswer() {
        return given;
    }

    /** The value as a person would read it: "yes", "3", "45", "base_commission", "don't know". */
    public abstract String display();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + question + " = " + display() + ")";
    }
}
