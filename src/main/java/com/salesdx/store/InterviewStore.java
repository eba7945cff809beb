package com.salesdx.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Interviews and their answers, saved one answer at a time so a closed tab or a restart loses nothing. */
public final class InterviewStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final StoreCalls calls;
    private final Database.Dialect dialect;

    public InterviewStore(Database database) {
        this.jdbi = database.jdbi();
        this.calls = new StoreCalls(database);
        this.dialect = database.dialect();
    }

    public Interview create(String questionnaire, String title, String client, String respondent, String sourceDiagnosis,
            List<StoredAnswer> prefill) {
        Instant now = now();
        Interview interview = new Interview(Ids.next(), questionnaire, title, client, respondent, sourceDiagnosis, now, now);
        calls.write(() -> jdbi.useTransaction(handle -> {
            handle.createUpdate("INSERT INTO interview (id, questionnaire, title, client, respondent, source_diagnosis, "
                            + "created_at, updated_at) VALUES (:id, :questionnaire, :title, :client, :respondent, :source, :at, :at)")
                    .bind("id", interview.id()).bind("questionnaire", questionnaire).bind("title", title).bind("client", client)
                    .bind("respondent", respondent).bind("source", sourceDiagnosis).bind("at", now).execute();
            for (StoredAnswer answer : prefill) {
                upsert(handle, interview.id(), answer, now);
            }
        }));
        return interview;
    }

    public Optional<Interview> find(String id) {
        if (!Ids.looksValid(id)) {
            return Optional.empty();
        }
        return calls.read(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT id, questionnaire, title, client, "
                        + "respondent, source_diagnosis, created_at, updated_at FROM interview WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Interview(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant()))
                .findOne()));
    }

    /** The saved answers by question id. */
    public Map<String, StoredAnswer> answers(String interviewId) {
        Map<String, StoredAnswer> answers = new LinkedHashMap<>();
        return calls.read(() -> {
            jdbi.useHandle(handle -> handle.createQuery("SELECT question, value_json, dont_know, note FROM interview_answer "
                            + "WHERE interview_id = :id ORDER BY question")
                    .bind("id", interviewId)
                    .map((rs, ctx) -> new StoredAnswer(rs.getString(1), read(rs.getString(2)), rs.getBoolean(3), rs.getString(4)))
                    .forEach(a -> answers.put(a.question(), a)));
            return answers;
        });
    }

    /** Saves (or replaces) one answer; committed before it returns. */
    public void save(String interviewId, StoredAnswer answer) {
        Instant now = now();
        calls.write(() -> jdbi.useTransaction(handle -> {
            upsert(handle, interviewId, answer, now);
            touch(handle, interviewId, now);
        }));
    }

    /** Forgets an answer: the question is "skipped" again. */
    public void clear(String interviewId, String question) {
        Instant now = now();
        calls.write(() -> jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM interview_answer WHERE interview_id = :id AND question = :question")
                    .bind("id", interviewId).bind("question", question).execute();
            touch(handle, interviewId, now);
        }));
    }

    private void upsert(Handle handle, String interviewId, StoredAnswer answer, Instant at) {
        handle.createUpdate(dialect.upsertAnswer)
                .bind("interview", interviewId).bind("question", answer.question())
                .bind("value", answer.value() == null ? null : write(answer.value()))
                .bind("dontKnow", answer.dontKnow()).bind("note", answer.note()).bind("at", at).execute();
    }

    private static void touch(Handle handle, String interviewId, Instant at) {
        handle.createUpdate("UPDATE interview SET updated_at = :at WHERE id = :id").bind("at", at).bind("id", interviewId)
                .execute();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store answer value " + value, e);
        }
    }

    private static Object read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not valid JSON: " + json, e);
        }
    }
}
