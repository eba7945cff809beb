package com.salesdx.impact;

import com.salesdx.answers.AnswerSet;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.rules.RuleBase;
import com.salesdx.yaml.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Diagnoses every subject with the live and the candidate rule base and compares the two. Work is
 * spread over one thread per core; each diagnosis takes a session from its rule base's pool and
 * hands it back, so sessions are reused rather than built per diagnosis. Both rule bases are
 * immutable, so the threads share them safely.
 */
public final class ImpactRun {
    private ImpactRun() {
    }

    public static List<Change> compare(RuleBase live, RuleBase candidate, List<Subject> subjects, int threads)
            throws InterruptedException {
        return compare(live, candidate, subjects, threads, Progress.unwatched());
    }

    /** As above, counting each subject compared in {@code progress}. */
    static List<Change> compare(RuleBase live, RuleBase candidate, List<Subject> subjects, int threads, Progress progress)
            throws InterruptedException {
        Change[] changes = new Change[subjects.size()];
        // Most candidates change rules or thresholds, not questions: then stored answers read alike on both sides, once.
        boolean sameQuestions = live.knowledge().questionnaires().equals(candidate.knowledge().questionnaires());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "salesdx-impact");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < Math.max(1, threads); t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < changes.length; i = next.getAndIncrement()) {
                        changes[i] = one(live, candidate, subjects.get(i), sameQuestions);
                        progress.oneDone();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("impact stopped: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(changes);
    }

    static Change one(RuleBase live, RuleBase candidate, Subject subject, boolean sameQuestions) {
        try {
            boolean stored = subject.kind() == Subject.Kind.STORED;
            Map<String, Object> form = stored ? subject.storedForm() : Map.of();
            Optional<AnswerSet> before = subject.answers(live, false, form);
            Optional<AnswerSet> after = stored && sameQuestions ? before : subject.answers(candidate, true, form);
            if (before.isEmpty() || after.isEmpty()) {
                return Change.failed(subject, before.isEmpty() ? "only in the candidate knowledge base" : "not in the candidate knowledge base");
            }
            Diagnosis was = Diagnoser.diagnose(live, before.get());
            Diagnosis now = Diagnoser.diagnose(candidate, after.get());
            return Differ.compare(subject, was, now);
        } catch (InvalidInputException e) {
            return Change.failed(subject, e.getMessage().replace("\n", ";"));
        } catch (RuntimeException | StackOverflowError e) {
            // One diagnosis that cannot run is reported; the comparison of the others goes on.
            return Change.failed(subject, "cannot be diagnosed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
