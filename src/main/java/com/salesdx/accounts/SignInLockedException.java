package com.salesdx.accounts;

import java.time.Duration;

/** Too many failed sign-ins for one account: refused, whatever the password, until {@link #retryAfter()} has passed. */
public final class SignInLockedException extends RuntimeException {
    private final Duration retryAfter;

    public SignInLockedException(Duration retryAfter) {
        super("too many failed sign-ins for this account; try again in " + describe(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    private static String describe(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
