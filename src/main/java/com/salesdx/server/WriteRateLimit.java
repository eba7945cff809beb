package com.salesdx.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits what one client may change per unit of time: requests and bytes, each a token bucket per
 * client address (see {@link Limits}). Over a limit the answer is 429 with Retry-After; nothing
 * is stored. Reads are never limited.
 *
 * <p>Requests from this machine itself (loopback, without a proxy's X-Forwarded-For naming another
 * client) are not limited: a local user can fill the disk anyway, and tests and load benchmarks
 * run there. With the default bind address (127.0.0.1) the limits therefore apply to clients that
 * come through a reverse proxy; with {@code --host 0.0.0.0}, to every client on the network.
 */
final class WriteRateLimit {
    private static final String CLIENT = "salesdx.client";
    /** Buckets of clients idle long enough to be full again are dropped, so the map stays small. */
    private static final int SWEEP_EVERY = 1_000;

    private final Map<String, Buckets> clients = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger sinceSweep = new java.util.concurrent.atomic.AtomicInteger();

    private record Buckets(TokenBucket requests, TokenBucket bytes) {
    }

    static boolean isWrite(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.DELETE
                || method == HandlerType.PATCH;
    }

    /** Before a write: one request and the declared body length. */
    void admit(Context ctx) {
        if (!isWrite(ctx.method())) {
            return;
        }
        String client = ClientAddress.of(ctx);
        if (ClientAddress.isLoopback(client)) {
            return;
        }
        ctx.attribute(CLIENT, this);
        Buckets buckets = buckets(client);
        long now = System.nanoTime();
        refuseIfWaiting(buckets.requests().take(1, now), "requests");
        long declared = Math.max(0, ctx.req().getContentLengthLong());
        refuseIfWaiting(buckets.bytes().take(declared, now), "data");
    }

    /** A body sent without a length is charged once it has been read. */
    static void chargeUndeclared(Context ctx, int bytes) {
        WriteRateLimit limit = ctx.attribute(CLIENT);
        if (limit != null && ctx.req().getContentLengthLong() < 0) {
            refuseIfWaiting(limit.buckets(ClientAddress.of(ctx)).bytes().take(bytes, System.nanoTime()), "data");
        }
    }

    private Buckets buckets(String client) {
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            long now = System.nanoTime();
            clients.values().removeIf(b -> b.requests().full(now) && b.bytes().full(now));
        }
        return clients.computeIfAbsent(client, c -> new Buckets(
                new TokenBucket(Limits.WRITE_BURST, Limits.WRITES_PER_SECOND, System.nanoTime()),
                new TokenBucket(Limits.WRITE_BYTES_BURST, Limits.WRITE_BYTES_PER_SECOND, System.nanoTime())));
    }

    private static void refuseIfWaiting(long seconds, String what) {
        if (seconds > 0) {
            throw new TooManyRequests(seconds, "too many changes from your address in a short time (" + what
                    + "); nothing was saved: wait " + seconds + " s and try again");
        }
    }

    /** A 429 with the seconds to wait. */
    static final class TooManyRequests extends HttpError {
        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds, String message) {
            super(429, null, message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
