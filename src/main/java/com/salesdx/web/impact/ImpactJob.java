package com.salesdx.web.impact;

import com.salesdx.impact.Impact;
import com.salesdx.impact.Progress;
import com.salesdx.web.accounts.Dates;
import com.salesdx.yaml.Problem;
import java.time.Instant;
import java.util.List;

/**
 * One impact run of one candidate, as the page shows it: what it is doing now, and once over, the
 * comparison, or the candidate's own errors (file and line) when it does not build. Written by the
 * run's thread, read by requests; every field is set once, and {@code state} last.
 */
public final class ImpactJob {
    public enum State {
        BUILDING, COMPARING, DONE, BROKEN, FAILED;

        public boolean running() {
            return this == BUILDING || this == COMPARING;
        }
    }

    private final String candidate;
    private final Instant started = Instant.now();
    private final Progress progress = new Progress();
    private volatile State state = State.BUILDING;
    private volatile Instant finished;
    private volatile Impact.Result result;
    private volatile List<Problem> errors = List.of();
    private volatile String failure;

    ImpactJob(String candidate) {
        this.candidate = candidate;
    }

    void comparing() {
        state = State.COMPARING;
    }

    /** @param suiteProblems candidate scenario or case files that did not load (left out of the comparison) */
    void done(Impact.Result result, List<Problem> suiteProblems) {
        this.result = result;
        this.errors = List.copyOf(suiteProblems);
        finish(State.DONE);
    }

    void broken(List<Problem> errors) {
        this.errors = List.copyOf(errors);
        finish(State.BROKEN);
    }

    void failed(String why) {
        this.failure = why;
        finish(State.FAILED);
    }

    private void finish(State end) {
        finished = Instant.now();
        state = end;
    }

    public String candidate() {
        return candidate;
    }

    public State state() {
        return state;
    }

    public Instant started() {
        return started;
    }

    public Instant finished() {
        return finished;
    }

    /** For pages: "24 Nov 2026, 19:36 UTC". */
    public String startedAt() {
        return Dates.readable(started);
    }

    public String finishedAt() {
        return finished == null ? null : Dates.readable(finished);
    }

    public Progress progress() {
        return progress;
    }

    public Impact.Result result() {
        return result;
    }

    public List<Problem> errors() {
        return errors;
    }

    public String failure() {
        return failure;
    }
}
