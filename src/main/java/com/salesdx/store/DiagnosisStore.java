package com.salesdx.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Stores diagnoses; a save returns only once the row is committed, so an acknowledged diagnosis is durable. */
public final class DiagnosisStore {
    private final Jdbi jdbi;

    public DiagnosisStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public StoredDiagnosis save(String questionnaire, String answersJson, String resultJson, String rulesVersion,
            String interviewId) {
        StoredDiagnosis stored = new StoredDiagnosis(Ids.next(), questionnaire, answersJson, resultJson, rulesVersion,
                interviewId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO diagnosis (id, questionnaire, answers_json, result_gz, "
                        + "rules_version, interview_id, created_at) VALUES (:id, :questionnaire, :answers, :result, :version, "
                        + ":interview, :at)")
                .bind("id", stored.id()).bind("questionnaire", questionnaire).bind("answers", answersJson)
                .bind("result", Gzip.compress(resultJson)).bind("version", rulesVersion).bind("interview", interviewId)
                .bind("at", stored.createdAt()).execute());
        return stored;
    }

    public Optional<StoredDiagnosis> find(String id) {
        if (!Ids.looksValid(id)) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, questionnaire, answers_json, result_gz, "
                        + "rules_version, interview_id, created_at FROM diagnosis WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new StoredDiagnosis(rs.getString(1), rs.getString(2), rs.getString(3),
                        Gzip.decompress(rs.getBytes(4)),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .findOne());
    }
}
