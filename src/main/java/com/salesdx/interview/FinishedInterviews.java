package com.salesdx.interview;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Which interviews are finished (read-only) and by which diagnosis. Finishing claims the interview
 * first, so two finishes at once store one diagnosis; reopening releases it. Every call commits
 * before it returns.
 */
public final class FinishedInterviews {
    private final Jdbi jdbi;

    public FinishedInterviews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The diagnosis an interview was finished with, if it is finished (empty id while the finish is being stored). */
    public Optional<String> finishedWith(String interviewId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(diagnosis_id, '') FROM interview_finish WHERE interview_id = :id")
                .bind("id", interviewId).mapTo(String.class).findOne());
    }

    /** Claims the interview for finishing; false when it is finished already (or being finished). */
    public boolean claim(String interviewId) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO interview_finish (interview_id, finished_at) VALUES (:id, :at)")
                    .bind("id", interviewId).bind("at", Instant.now().truncatedTo(ChronoUnit.MILLIS)).execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (finishedWith(interviewId).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    public void finished(String interviewId, String diagnosisId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE interview_finish SET diagnosis_id = :diagnosis WHERE interview_id = :id")
                .bind("diagnosis", diagnosisId).bind("id", interviewId).execute());
    }

    /** Makes the interview editable again; true when it was finished. */
    public boolean reopen(String interviewId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM interview_finish WHERE interview_id = :id")
                .bind("id", interviewId).execute()) > 0;
    }
}
