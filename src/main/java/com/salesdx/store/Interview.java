package com.salesdx.store;

import java.time.Instant;

/** One interview: a questionnaire being answered by one respondent, over as many sittings as it takes. */
public record Interview(String id, String questionnaire, String title, String respondent, String sourceDiagnosis,
        Instant createdAt, Instant updatedAt) {
}
