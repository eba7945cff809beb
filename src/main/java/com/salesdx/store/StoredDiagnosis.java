package com.salesdx.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A diagnosis as stored: the answers that produced it, the result, and the rules version behind it.
 * The result is kept as the UTF-8 bytes of its JSON, as written and as sent: a result runs to about
 * 90 KB, and every copy as a Java string (two bytes a character once it holds a "·") showed up
 * as garbage collection under load. The array is shared, not copied, for the same reason: read it, never
 * write to it.
 */
public record StoredDiagnosis(String id, String questionnaire, String answersJson, byte[] resultUtf8, String rulesVersion,
        String interviewId, Instant createdAt) {

    // A record compares arrays by reference; two rows are the same when their bytes are.
    @Override
    public boolean equals(Object other) {
        return other instanceof StoredDiagnosis o && id.equals(o.id) && questionnaire.equals(o.questionnaire)
                && answersJson.equals(o.answersJson) && Arrays.equals(resultUtf8, o.resultUtf8)
                && Objects.equals(rulesVersion, o.rulesVersion) && Objects.equals(interviewId, o.interviewId)
                && createdAt.equals(o.createdAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "StoredDiagnosis(" + id + ", " + questionnaire + ", rules " + rulesVersion + ", " + resultUtf8.length
                + " bytes of result, " + createdAt + ")";
    }
}
