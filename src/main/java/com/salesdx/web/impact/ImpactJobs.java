package com.salesdx.web.impact;

import com.salesdx.impact.Impact;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.store.StoredDiagnoses;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs impact for candidates chosen on the rules page, off the request threads and one at a time:
 * comparing 10,000 stored diagnoses takes seconds and both cores, and the server must go on
 * answering meanwhile. Keeps the latest run of each candidate for its page. Knows nothing of HTTP.
 */
public final class ImpactJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ImpactJobs.class);

    private final Candidates candidates;
    private final Supplier<RuleBase> live;
    private final Path liveKb;
    private final StoredDiagnoses stored;
    private final int threads;
    private final Map<String, ImpactJob> latest = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "salesdx-impact-page");
        thread.setDaemon(true);
        return thread;
    });
    private ImpactJob running;

    /** A run that cannot start because another is under way. */
    public static final class Busy extends RuntimeException {
        private final String candidate;

        Busy(String candidate) {
            super("an impact run for \"" + candidate + "\" is under way; one runs at a time, so wait for it to finish");
            this.candidate = candidate;
        }

        public String candidate() {
            return candidate;
        }
    }

    public ImpactJobs(Candidates candidates, Supplier<RuleBase> live, Path liveKb, StoredDiagnoses stored,
            int threads) {
        this.candidates = candidates;
        this.live = live;
        this.liveKb = liveKb;
        this.stored = stored;
        this.threads = Math.max(1, threads);
    }

    public Candidates candidates() {
        return candidates;
    }

    public Optional<ImpactJob> latest(String candidate) {
        return Optional.ofNullable(latest.get(candidate));
    }

    /**
     * Starts a run of {@code candidate} and answers it; the same candidate's run already under way
     * is answered instead of starting another. Throws {@link Busy} when another candidate's is.
     */
    public synchronized ImpactJob start(Candidates.Candidate candidate) {
        if (running != null && running.state().running()) {
            if (running.candidate().equals(candidate.name())) {
                return running;
            }
            throw new Busy(running.candidate());
        }
        ImpactJob job = new ImpactJob(candidate.name());
        running = job;
        latest.put(candidate.name(), job);
        runner.execute(() -> run(job, candidate));
        return job;
    }

    /** "rules/strategy.drl", as the domain expert sees the candidate, rather than where it sits on the server. */
    private Problem withinCandidate(Problem problem, Candidates.Candidate candidate) {
        String file = problem.file();
        for (Path root : List.of(candidate.rules().getParent(), candidate.kb())) {
            String prefix = root.toAbsolutePath().normalize() + java.io.File.separator;
            String plain = root.normalize() + java.io.File.separator;
            if (file.startsWith(prefix) || file.startsWith(plain)) {
                String rest = file.substring(file.startsWith(prefix) ? prefix.length() : plain.length());
                file = root == candidate.kb() && !candidate.ownKnowledge() ? "knowledge-base (live)/" + rest
                        : root == candidate.kb() ? "knowledge-base/" + rest : rest;
                break;
            }
        }
        return new Problem(file, problem.line(), problem.column(), problem.field(), problem.message());
    }

    private void run(ImpactJob job, Candidates.Candidate candidate) {
        try {
            RuleBase liveRules = live.get();
            RuleBase candidateRules;
            try {
                candidateRules = RuleBaseBuilder.build(candidate.rules(), candidate.kb());
            } catch (InvalidInputException e) {
                job.broken(e.problems().stream().map(p -> withinCandidate(p, candidate)).toList());
                return;
            }
            job.comparing();
            Problems suiteProblems = new Problems();
            Impact.Result result = Impact.run(new Impact.Side(liveRules, liveKb), new Impact.Side(candidateRules, candidate.kb()),
                    stored, threads, suiteProblems, job.progress());
            job.done(result, suiteProblems.list().stream().map(p -> withinCandidate(p, candidate)).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.failed("the server is stopping");
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever the candidate does, the page says so and the next run can start.
            LOG.error("impact run of candidate {} failed", candidate.name(), e);
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
