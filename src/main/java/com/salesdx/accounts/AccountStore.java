package com.salesdx.accounts;

import com.salesdx.store.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Accounts in the database; each call commits before it returns. */
final class AccountStore {
    private static final String COLUMNS = "id, email, admin, created_at";

    private final Jdbi jdbi;

    AccountStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores a new account; empty when the email is taken (the UNIQUE column decides, also between servers). */
    Optional<Account> insert(String email, String passwordHash, boolean admin) {
        Account account = new Account(Ids.next(), email, admin, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO account (id, email, password_hash, admin, created_at) "
                            + "VALUES (:id, :email, :hash, :admin, :at)")
                    .bind("id", account.id()).bind("email", email).bind("hash", passwordHash).bind("admin", admin)
                    .bind("at", account.createdAt()).execute());
            return Optional.of(account);
        } catch (UnableToExecuteStatementException e) {
            if (findByEmail(email).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<Account> findByEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE email = :email")
                .bind("email", email).map((rs, ctx) -> account(rs)).findOne());
    }

    Optional<Account> findById(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> account(rs)).findOne());
    }

    Optional<String> passwordHash(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).findOne());
    }

    List<Account> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account ORDER BY email")
                .map((rs, ctx) -> account(rs)).list());
    }

    void updatePasswordHash(String accountId, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE account SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", accountId).execute());
    }

    /** Disables (a time) or enables (null) an account; false when there is no such account. */
    boolean setDisabledAt(String accountId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE account SET disabled_at = :at WHERE id = :id")
                .bind("at", at).bind("id", accountId).execute()) > 0;
    }

    boolean isDisabled(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE id = :id AND disabled_at IS NOT NULL")
                .bind("id", accountId).mapTo(Integer.class).one()) > 0;
    }

    java.util.Set<String> disabledIds() {
        return jdbi.withHandle(h -> java.util.Set.copyOf(h.createQuery("SELECT id FROM account WHERE disabled_at IS NOT NULL")
                .mapTo(String.class).list()));
    }

    int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Integer.class).one());
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant());
    }
}
