package com.salesdx.knowledge;

/** For number questions: the value that scores 0 ({@code poor}) and the one that scores 100 ({@code good}). */
public record ScoreRange(Double poor, Double good) {

    /** Linear between poor and good, clamped to 0..1; works whichever way round they are. */
    public double health(double value) {
        double share = (value - poor) / (good - poor);
        return Math.max(0, Math.min(1, share));
    }
}
