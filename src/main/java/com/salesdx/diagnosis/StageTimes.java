package com.salesdx.diagnosis;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where a diagnosis spends its time, stage by stage, summed over many diagnoses on one thread.
 * {@link #NONE} reads no clock at all, so an ordinary diagnosis pays nothing for it. An instance adds
 * up one thread's diagnoses: it is not safe to share between threads.
 */
public class StageTimes {
    /** The stages of a diagnosis, in the order they run. */
    public enum Stage {
        FACTS("answers to facts"), RULES("Drools: insert and fire"), MERGING("merging findings"),
        SCORING("scoring pillars"), RANKING("ranking remedies"), PRESENTING("start here, remedies shown");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final StageTimes NONE = new StageTimes() {
        @Override
        long now() {
            return 0;
        }

        @Override
        long add(Stage stage, long since) {
            return 0;
        }

        @Override
        void count() {
        }
    };

    private final long[] nanos = new long[Stage.values().length];
    private long diagnoses;

    long now() {
        return System.nanoTime();
    }

    /** Adds the time since {@code since} to a stage; returns now, where the next stage starts. */
    long add(Stage stage, long since) {
        long now = System.nanoTime();
        nanos[stage.ordinal()] += now - since;
        return now;
    }

    void count() {
        diagnoses++;
    }

    public long diagnoses() {
        return diagnoses;
    }

    /** Mean microseconds per diagnosis, stage by stage, in the order they run. */
    public Map<Stage, Double> meanMicros() {
        Map<Stage, Double> means = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            means.put(stage, diagnoses == 0 ? 0 : nanos[stage.ordinal()] / 1000.0 / diagnoses);
        }
        return means;
    }
}
