package com.salesdx.accounts;

import com.salesdx.store.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Sessions in the database, so any server sharing it accepts them; found by the hash of the cookie's token. */
final class SessionStore {
    private static final String SELECT = "SELECT s.id, s.csrf_token, s.user_agent, s.created_at, s.last_seen_at, "
            + "a.id, a.email, a.admin, a.created_at FROM account_session s JOIN account a ON a.id = s.account_id ";

    private final Jdbi jdbi;

    SessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Session insert(String tokenHash, Account account, String userAgent, Instant at) {
        Session session = new Session(Ids.next(), account, Tokens.next(), userAgent, at, at);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO account_session (id, token_hash, account_id, csrf_token, user_agent, "
                        + "created_at, last_seen_at) VALUES (:id, :hash, :account, :csrf, :agent, :at, :at)")
                .bind("id", session.id()).bind("hash", tokenHash).bind("account", account.id())
                .bind("csrf", session.csrfToken()).bind("agent", userAgent).bind("at", at).execute());
        return session;
    }

    Optional<Session> findByTokenHash(String tokenHash) {
        // A disabled account's sessions are deleted when it is disabled; the condition also closes one signed in meanwhile.
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE s.token_hash = :hash AND a.disabled_at IS NULL")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> session(rs)).findOne());
    }

    Optional<Session> findById(String id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE s.id = :id").bind("id", id)
                .map((rs, ctx) -> session(rs)).findOne());
    }

    List<Session> ofAccount(String accountId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE s.account_id = :account ORDER BY s.last_seen_at DESC")
                .bind("account", accountId).map((rs, ctx) -> session(rs)).list());
    }

    void touch(String id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE account_session SET last_seen_at = :at WHERE id = :id AND last_seen_at < :at")
                .bind("id", id).bind("at", at).execute());
    }

    void delete(String id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM account_session WHERE id = :id").bind("id", id).execute());
    }

    /** Ends every session of an account but {@code keep} (null: all of them); answers how many ended. */
    int deleteOfAccount(String accountId, String keep) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM account_session WHERE account_id = :account AND id <> :keep")
                .bind("account", accountId).bind("keep", keep == null ? "" : keep).execute());
    }

    /** Drops sessions that can no longer be used, so the table holds live sessions only. */
    void deleteExpired(Instant idleBefore, Instant createdBefore) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM account_session WHERE last_seen_at < :idle OR created_at < :created")
                .bind("idle", idleBefore).bind("created", createdBefore).execute());
    }

    private static Session session(ResultSet rs) throws SQLException {
        Account account = new Account(rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getTimestamp(9).toInstant());
        return new Session(rs.getString(1), account, rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5).toInstant());
    }
}
