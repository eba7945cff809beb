package com.salesdx.rules;

/**
 * Something a rule's conditions read: a question (through an answer fact), a derived fact by
 * name, or another finding by id. Kept with its line so a dangling one is reported precisely.
 */
public record Reference(Kind kind, String factType, String id, String question, int line, boolean negated) {

    public Reference(Kind kind, String factType, String id, String question, int line) {
        this(kind, factType, id, question, line, false);
    }

    public enum Kind {
        QUESTION, DERIVED, FINDING, CHOICE_VALUE, THRESHOLD
    }
}
