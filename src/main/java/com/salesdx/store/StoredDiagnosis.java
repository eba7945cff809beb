package com.salesdx.store;

import java.time.Instant;

/** A diagnosis as stored: the answers that produced it, the result, and the rules version behind it. */
public record StoredDiagnosis(String id, String questionnaire, String answersJson, String resultJson, String rulesVersion,
        String interviewId, Instant createdAt) {
}
