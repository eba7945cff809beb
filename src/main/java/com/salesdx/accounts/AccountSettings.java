package com.salesdx.accounts;

import java.time.Duration;

/**
 * How long sessions last, when sign-ins are refused, and how costly a password hash is. The
 * defaults are what salesdx runs with; tests pass shorter durations to watch a session expire.
 *
 * @param idle a session unused this long is over (a consultant away from the desk)
 * @param absolute a session this old is over however busy it is (a stolen cookie stops working)
 * @param maxFailures failed sign-ins for one account within {@code failureWindow} that lock it
 * @param failureWindow how far back failed sign-ins are counted
 * @param lockout how long a locked account is refused after its last failed sign-in
 * @param bcryptCost log2 of the bcrypt rounds for new password hashes
 */
public record AccountSettings(Duration idle, Duration absolute, int maxFailures, Duration failureWindow,
        Duration lockout, int bcryptCost) {

    /**
     * Two idle hours cover a long client call; twelve hours a working day. Ten failures in fifteen
     * minutes then a fifteen-minute lock is what the issue asks: a typo never locks anyone, a guesser
     * gets 40 tries an hour. Cost 12 takes about a quarter of a second per hash on a server core.
     */
    public static final AccountSettings DEFAULT = new AccountSettings(Duration.ofHours(2), Duration.ofHours(12), 10,
            Duration.ofMinutes(15), Duration.ofMinutes(15), PasswordHasher.DEFAULT_COST);
}
