package com.salesdx.accounts;

import com.salesdx.store.Database;
import com.salesdx.store.Ids;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts, passwords and sessions, with no knowledge of HTTP: the web layer turns a cookie into
 * {@link #resolve(String)} and a form into {@link #signIn}. Everything is in the database, so any
 * number of servers sharing it agree on who is signed in and who is locked out. Thread-safe: it
 * holds no mutable state of its own.
 */
public final class AccountService {
    /** Long enough that a guessed word list is not enough; a passphrase fits easily. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final AccountSettings settings;
    private final Clock clock;

    public AccountService(Database database, AccountSettings settings) {
        this(database, settings, Clock.systemUTC());
    }

    AccountService(Database database, AccountSettings settings, Clock clock) {
        this.accounts = new AccountStore(database.jdbi());
        this.sessions = new SessionStore(database.jdbi());
        this.throttle = new LoginThrottle(database.jdbi(), settings, clock);
        this.hasher = new PasswordHasher(settings.bcryptCost());
        this.settings = settings;
        this.clock = clock;
    }

    public AccountSettings settings() {
        return settings;
    }

    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    public List<Account> list() {
        return accounts.all();
    }

    /** Adds an account; the email and password are checked first, each error naming its field. */
    public Account add(String email, char[] password, boolean admin) {
        String normal = Email.valid(email);
        requireUsable("password", password);
        return accounts.insert(normal, hasher.hash(password), admin).orElseThrow(() ->
                new AccountInputException("email", normal + " already has an account"));
    }

    /** The stored hash of an account's password, for tests and audits of its cost; never the password. */
    public Optional<String> passwordHash(String email) {
        return accounts.findByEmail(Email.normalised(email)).flatMap(a -> accounts.passwordHash(a.id()));
    }

    /**
     * A new session when the password is right, empty when the email or the password is wrong (the
     * caller cannot tell which). Throws {@link SignInLockedException} while the account is locked.
     */
    public Optional<SignIn> signIn(String email, char[] password, String userAgent) {
        String normal = Email.normalised(email);
        if (normal.isEmpty() || normal.length() > Email.MAX_LENGTH || password.length == 0) {
            return Optional.empty();
        }
        throttle.attempt(normal);
        Optional<Account> account = accounts.findByEmail(normal);
        boolean right = tooLong(password) ? hasher.matchesNothing(new char[0])
                : account.isPresent() ? hasher.matches(password, accounts.passwordHash(account.get().id()).orElseThrow())
                : hasher.matchesNothing(password);
        if (!right) {
            return Optional.empty(); // the attempt stays counted
        }
        throttle.succeeded(normal);
        if (accounts.isDisabled(account.get().id())) {
            throw new AccountDisabledException(); // said only to whoever knows the password
        }
        Instant now = now();
        sessions.deleteExpired(now.minus(settings.idle()), now.minus(settings.absolute()));
        String token = Tokens.next();
        Session session = sessions.insert(Tokens.sha256(token), account.get(), shorten(userAgent), now);
        return Optional.of(new SignIn(token, session));
    }

    /** The live session a cookie's token opens; an expired one is deleted and not returned. */
    public Optional<Session> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Session> found = sessions.findByTokenHash(Tokens.sha256(token));
        if (found.isEmpty()) {
            return found;
        }
        Session session = found.get();
        Instant now = now();
        if (expired(session, now)) {
            sessions.delete(session.id());
            return Optional.empty();
        }
        // One write per tenth of the idle time at most: a page with many requests does not write on each.
        if (session.lastSeenAt().isBefore(now.minus(settings.idle().dividedBy(10)))) {
            sessions.touch(session.id(), now);
        }
        return found;
    }

    public boolean expired(Session session, Instant now) {
        return !session.lastSeenAt().plus(settings.idle()).isAfter(now) || !session.createdAt().plus(settings.absolute()).isAfter(now);
    }

    public void signOut(Session session) {
        sessions.delete(session.id());
    }

    public List<Session> sessionsOf(Account account) {
        Instant now = now();
        return sessions.ofAccount(account.id()).stream().filter(s -> !expired(s, now)).toList();
    }

    /** Any session by its handle, for an ownership check by the caller. */
    public Optional<Session> session(String id) {
        return Ids.looksValid(id) ? sessions.findById(id) : Optional.empty();
    }

    /**
     * Changes the signed-in account's password once the current one is confirmed (a wrong one counts toward the
     * sign-in limit, so a borrowed session cannot guess it); every other session of the account ends.
     */
    public void changePassword(Session session, char[] current, char[] next, char[] again) {
        Account account = session.account();
        throttle.attempt(account.email());
        if (current.length == 0 || tooLong(current) || !hasher.matches(current, accounts.passwordHash(account.id()).orElseThrow())) {
            throw new AccountInputException("current_password", "that is not this account's current password");
        }
        throttle.succeeded(account.email());
        requireUsable("new_password", next);
        if (!Arrays.equals(next, again)) {
            throw new AccountInputException("new_password_again", "the two new passwords differ; type the same one twice");
        }
        if (Arrays.equals(current, next)) {
            throw new AccountInputException("new_password", "the new password is the current one; choose another");
        }
        accounts.updatePasswordHash(account.id(), hasher.hash(next));
        sessions.deleteOfAccount(account.id(), session.id());
    }

    /**
     * Disables an account (sign-in refused, every session ended, its engagements and data kept) or enables it
     * again. An admin cannot disable their own account, so the last admin cannot lock everyone out.
     */
    public void setDisabled(Account by, String accountId, boolean disabled) {
        if (disabled && by.id().equals(accountId)) {
            throw new AccountInputException("account", "you cannot disable your own account; another admin can");
        }
        if (!Ids.looksValid(accountId) || !accounts.setDisabledAt(accountId, disabled ? now() : null)) {
            throw new AccountInputException("account", "there is no account " + accountId);
        }
        if (disabled) {
            sessions.deleteOfAccount(accountId, null);
        }
    }

    public Set<String> disabledAccountIds() {
        return accounts.disabledIds();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireUsable(String field, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountInputException(field, "the password needs at least " + MIN_PASSWORD_LENGTH
                    + " characters; a few unrelated words make a good one");
        }
        if (tooLong(password)) {
            throw new AccountInputException(field, "the password is longer than bcrypt reads ("
                    + PasswordHasher.MAX_PASSWORD_BYTES + " bytes); choose a shorter one");
        }
    }

    private static boolean tooLong(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        return bytes.remaining() > PasswordHasher.MAX_PASSWORD_BYTES;
    }

    private static String shorten(String userAgent) {
        return userAgent == null ? null : userAgent.length() > 200 ? userAgent.substring(0, 200) : userAgent;
    }

    /** A new session and the token its cookie carries (shown once, never stored). */
    public record SignIn(String token, Session session) {
    }
}
