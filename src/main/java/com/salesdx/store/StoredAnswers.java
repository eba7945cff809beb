package com.salesdx.store;

import java.time.Instant;

/**
 * The answers behind a stored diagnosis, without its result: what is needed to run it again, and
 * whom it is about ({@code about}: client and respondent of its interview, null for an executive
 * diagnostic), so a domain expert reading an impact knows which client a change touches.
 */
public record StoredAnswers(String id, String questionnaire, String answersJson, String rulesVersion, Instant createdAt,
        String about) {
}
