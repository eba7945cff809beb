package com.salesdx.knowledge;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * How a number answer turns into health, 0 to 1. One-sided, {@code {poor: 40, good: 15}}: linear
 * between the two, whichever way round. A healthy band, {@code {good: [5, 7], poor: [2, 14]}}: full
 * health inside the band, falling linearly to 0 at either poor bound, because too few stages is as
 * unhealthy as too many.
 */
public record ScoreRange(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Double> poor,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Double> good) {

    public boolean isBand() {
        return good != null && good.size() == 2;
    }

    /** A problem with the shape, or null when it is well-formed. */
    String problem() {
        if (poor == null || good == null || poor.contains(null) || good.contains(null)) {
            return "needs `poor` and `good`";
        }
        if (poor.size() == 1 && good.size() == 1) {
            return poor.get(0).equals(good.get(0)) ? "needs `poor` and `good`, two different values" : null;
        }
        if (poor.size() == 2 && good.size() == 2) {
            boolean ordered = poor.get(0) < good.get(0) && good.get(0) <= good.get(1) && good.get(1) < poor.get(1);
            return ordered ? null : "a healthy band needs poor[0] < good[0] <= good[1] < poor[1], e.g. {good: [5, 7], poor: [2, 14]}";
        }
        return "either one value each ({poor: 40, good: 15}) or a band ({good: [5, 7], poor: [2, 14]})";
    }

    List<Double> bounds() {
        return List.of(poor.get(0), poor.get(poor.size() - 1), good.get(0), good.get(good.size() - 1));
    }

    public double health(double value) {
        if (!isBand()) {
            return clamp((value - poor.get(0)) / (good.get(0) - poor.get(0)));
        }
        if (value < good.get(0)) {
            return clamp((value - poor.get(0)) / (good.get(0) - poor.get(0)));
        }
        if (value > good.get(1)) {
            return clamp((poor.get(1) - value) / (poor.get(1) - good.get(1)));
        }
        return 1;
    }

    /** The healthiest value, e.g. for tests and examples: the good end, or the band's low edge. */
    public double goodValue() {
        return good.get(0);
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
