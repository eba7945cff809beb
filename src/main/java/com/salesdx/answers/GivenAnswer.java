package com.salesdx.answers;

/**
 * One validated answer. {@code value} is Boolean (yes_no), Integer (scale), Double (number) or
 * String (choice), and null when the respondent said "don't know". A note may come with either.
 */
public record GivenAnswer(String question, Object value, boolean dontKnow, String note) {

    public static GivenAnswer dontKnow(String question, String note) {
        return new GivenAnswer(question, null, true, note);
    }

    public boolean hasValue() {
        return !dontKnow && value != null;
    }
}
