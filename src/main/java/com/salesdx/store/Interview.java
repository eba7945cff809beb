package com.salesdx.store;

import java.time.Instant;

/**
 * One interview: a questionnaire being answered by one respondent, over as many sittings as it takes.
 * {@code title} names the engagement, {@code client} the company; both, like the respondent, are optional.
 */
public record Interview(String id, String questionnaire, String title, String client, String respondent, String sourceDiagnosis,
        Instant createdAt, Instant updatedAt) {
}
