package com.salesdx.store;

import java.time.Instant;

/** The answers behind a stored diagnosis, without its result: what is needed to run it again. */
public record StoredAnswers(String id, String questionnaire, String answersJson, String rulesVersion, Instant createdAt) {
}
