package com.salesdx.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Failed sign-ins per account, counted in the database so every server sharing it refuses the
 * same account: after {@code maxFailures} failures within {@code failureWindow}, the account is
 * refused until {@code lockout} has passed since its last failure. Each attempt counts from the
 * moment it starts; a success clears the count.
 */
final class LoginThrottle {
    private final Jdbi jdbi;
    private final AccountSettings settings;
    private final Clock clock;

    LoginThrottle(Jdbi jdbi, AccountSettings settings, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Counts a sign-in attempt before its password is checked, and throws while the account is locked
     * (the password is not even checked then). The attempt stays counted as a failure until
     * {@link #succeeded} clears the count. Counting first, under a lock on the account's row, is what
     * keeps parallel guesses from all passing the check before any of them has failed: at most
     * {@code maxFailures} passwords are tried per window, however many requests arrive at once.
     */
    void attempt(String email) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Duration locked = jdbi.inTransaction(h -> {
            // Serialises attempts on one account across threads and servers (no row: an unknown email, nothing to guard).
            h.createQuery("SELECT id FROM account WHERE email = :email FOR UPDATE").bind("email", email).mapTo(String.class)
                    .findOne();
            h.createUpdate("DELETE FROM login_failure WHERE email = :email AND failed_at <= :before")
                    .bind("email", email).bind("before", now.minus(settings.failureWindow())).execute();
            List<Instant> failures = h.createQuery("SELECT failed_at FROM login_failure WHERE email = :email "
                            + "ORDER BY failed_at DESC")
                    .bind("email", email).map((rs, ctx) -> rs.getTimestamp(1).toInstant()).list();
            if (failures.size() >= settings.maxFailures()) {
                Instant lockedUntil = failures.get(0).plus(settings.lockout());
                if (now.isBefore(lockedUntil)) {
                    return Duration.between(now, lockedUntil);
                }
            }
            h.createUpdate("INSERT INTO login_failure (email, failed_at) VALUES (:email, :at)")
                    .bind("email", email).bind("at", now).execute();
            return Duration.ZERO;
        });
        if (!locked.isZero()) {
            throw new SignInLockedException(locked);
        }
    }

    void succeeded(String email) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failure WHERE email = :email").bind("email", email).execute());
    }
}
