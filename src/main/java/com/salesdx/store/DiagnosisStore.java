package com.salesdx.store;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Stores diagnoses. A save returns only once its row is committed, so an acknowledged diagnosis
 * is durable; saves arriving together share one commit (group commit), which is what lets the
 * store keep up with many concurrent requests.
 */
public final class DiagnosisStore implements StoredDiagnoses {
    private static final int MAX_BATCH = 64;
    private static final int ANSWERS_SLICE = 500;
    /**
     * A backstop over the database timeouts (pool 2 s, socket 5 s): a save never waits longer than this.
     * Past it the answer is 503, although a commit still in flight could land after it.
     */
    private static final Duration MAX_WAIT = Duration.ofSeconds(15);
    private static final String INSERT = "INSERT INTO diagnosis (id, questionnaire, answers_json, result_gz, rules_version, "
            + "interview_id, created_at) VALUES (:id, :questionnaire, :answers, :result, :version, :interview, :at)";

    private final Jdbi jdbi;
    private final StoreCalls calls;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

    private record Pending(StoredDiagnosis row, byte[] result, CompletableFuture<Void> committed) {
    }

    public DiagnosisStore(Database database) {
        this.jdbi = database.jdbi();
        this.calls = new StoreCalls(database);
        Thread writer = new Thread(this::writeLoop, "salesdx-diagnosis-writer");
        writer.setDaemon(true);
        writer.start();
    }

    public StoredDiagnosis save(String questionnaire, String answersJson, byte[] resultUtf8, String rulesVersion,
            String interviewId) {
        StoredDiagnosis row = new StoredDiagnosis(Ids.next(), questionnaire, answersJson, resultUtf8, rulesVersion,
                interviewId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        Pending pending = new Pending(row, Gzip.compress(resultUtf8), new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.committed().get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new StoreUnavailableException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a diagnosis", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return row;
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                jdbi.useTransaction(handle -> {
                    PreparedBatch insert = handle.prepareBatch(INSERT);
                    for (Pending p : batch) {
                        StoredDiagnosis row = p.row();
                        insert.bind("id", row.id()).bind("questionnaire", row.questionnaire()).bind("answers", row.answersJson())
                                .bind("result", p.result()).bind("version", row.rulesVersion())
                                .bind("interview", row.interviewId()).bind("at", row.createdAt()).add();
                    }
                    insert.execute();
                });
                batch.forEach(p -> p.committed().complete(null));
            } catch (RuntimeException | AssertionError e) {
                // Whatever happens, the writer lives on: a dead writer would leave every later save waiting forever.
                RuntimeException failure = calls.translate(e);
                batch.forEach(p -> p.committed().completeExceptionally(failure));
            }
            batch.clear();
        }
    }

    public Optional<StoredDiagnosis> find(String id) {
        if (!Ids.looksValid(id)) {
            return Optional.empty();
        }
        return calls.read(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT id, questionnaire, answers_json, "
                        + "result_gz, rules_version, interview_id, created_at FROM diagnosis WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new StoredDiagnosis(rs.getString(1), rs.getString(2), rs.getString(3),
                        Gzip.decompress(rs.getBytes(4)), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .findOne()));
    }

    /** The id of every stored diagnosis: cheap next to their answers, to tell which are new since a count. */
    @Override
    public List<String> ids() {
        return calls.read(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM diagnosis")
                .setFetchSize(2000).mapTo(String.class).list()));
    }

    /** The answers of the stored diagnoses named, in no particular order; unknown ids are left out. */
    @Override
    public List<StoredAnswers> answersOf(java.util.Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<StoredAnswers> found = new ArrayList<>(all.size());
        // In slices: a statement with thousands of parameters is slow to plan, and PostgreSQL caps them.
        for (int from = 0; from < all.size(); from += ANSWERS_SLICE) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + ANSWERS_SLICE));
            found.addAll(calls.read(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT d.id, d.questionnaire, d.answers_json, "
                            + "d.rules_version, d.created_at, i.client, i.respondent, i.title FROM diagnosis d "
                            + "LEFT JOIN interview i ON i.id = d.interview_id WHERE d.id IN (<ids>)")
                    .bindList("ids", slice)
                    .map((rs, ctx) -> new StoredAnswers(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), about(rs.getString(6), rs.getString(7), rs.getString(8))))
                    .list())));
        }
        return found;
    }

    /** Whom a diagnosis is about, as its interview names it ("Acme Logistics · Dana Reyes"); null without an interview. */
    private static String about(String client, String respondent, String title) {
        List<String> parts = new ArrayList<>(2);
        for (String part : new String[] {client, respondent != null ? respondent : title}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }
}
