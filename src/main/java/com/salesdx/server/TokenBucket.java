package com.salesdx.server;

/** A token bucket: {@code capacity} at most, refilled at {@code perSecond}; thread-safe. */
final class TokenBucket {
    private final double capacity;
    private final double perSecond;
    private double tokens;
    private long updatedNanos;

    TokenBucket(double capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.updatedNanos = nowNanos;
    }

    /** Takes {@code amount} tokens and returns 0, or takes none and returns the seconds until there are enough. */
    synchronized long take(double amount, long nowNanos) {
        refill(nowNanos);
        double wanted = Math.min(amount, capacity);
        if (tokens >= wanted) {
            tokens -= wanted;
            return 0;
        }
        return (long) Math.ceil((wanted - tokens) / perSecond);
    }

    synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - updatedNanos) / 1e9 * perSecond);
        updatedNanos = nowNanos;
    }
}
