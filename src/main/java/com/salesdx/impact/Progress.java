package com.salesdx.impact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far an impact run has gone, written by the run's threads and read by anyone (the rules page
 * polls it while a run goes on). A count, not a time: it says how much is left whatever the machine.
 */
public final class Progress {
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile String stage = "waiting to start";

    /** For callers that do not watch (the command line, the benchmark). */
    public static Progress unwatched() {
        return new Progress();
    }

    void begin(String stage, int total) {
        this.stage = stage;
        this.total.set(total);
        this.done.set(0);
    }

    void oneDone() {
        done.incrementAndGet();
    }

    public String stage() {
        return stage;
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total.get();
    }
}
