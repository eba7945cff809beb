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
 * refused until {@code lockout} has passed since its last failure. A success clears the count.
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

    /** Throws while the account is locked; the password is not even checked then. */
    void requireUnlocked(String email) {
        Instant now = clock.instant();
        List<Instant> failures = jdbi.withHandle(h -> h.createQuery("SELECT failed_at FROM login_failure "
                        + "WHERE email = :email AND failed_at > :since ORDER BY failed_at DESC")
                .bind("email", email).bind("since", now.minus(settings.failureWindow()))
                .map((rs, ctx) -> rs.getTimestamp(1).toInstant()).list());
        if (failures.size() < settings.maxFailures()) {
            return;
        }
        Instant lockedUntil = failures.get(0).plus(settings.lockout());
        if (now.isBefore(lockedUntil)) {
            throw new SignInLockedException(Duration.between(now, lockedUntil));
        }
    }

    void failed(String email) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM login_failure WHERE email = :email AND failed_at <= :before")
                    .bind("email", email).bind("before", now.minus(settings.failureWindow())).execute();
            h.createUpdate("INSERT INTO login_failure (email, failed_at) VALUES (:email, :at)")
                    .bind("email", email).bind("at", now).execute();
        });
    }

    void succeeded(String email) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failure WHERE email = :email").bind("email", email).execute());
    }
}
