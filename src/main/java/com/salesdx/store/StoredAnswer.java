package com.salesdx.store;

/**
 * One saved interview answer: a value (Boolean, Number or String), or "don't know", and/or a note.
 * A question with no stored answer was skipped.
 */
public record StoredAnswer(String question, Object value, boolean dontKnow, String note) {
}
