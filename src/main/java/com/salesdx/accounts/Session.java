package com.salesdx.accounts;

import java.time.Instant;

/**
 * A signed-in session as the server sees it. {@code id} names it on pages (to end it from another
 * device); the cookie carries a separate secret token that only its hash in the database matches.
 * {@code csrfToken} must come back with every change a page of this session asks for.
 */
public record Session(String id, Account account, String csrfToken, String userAgent, Instant createdAt, Instant lastSeenAt)
        implements Owned {
    @Override
    public String ownerId() {
        return account.id();
    }
}
