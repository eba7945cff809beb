package com.salesdx.accounts;

import java.util.Set;

/**
 * Something that belongs to one consultant and may be shared with others (an engagement). Anyone
 * else must not learn it exists: routes load it through {@code web.accounts.Access}, which answers
 * 404 to them exactly as for an id that was never created.
 */
public interface Owned {
    String ownerId();

    /** Accounts it is shared with, besides its owner. */
    default Set<String> sharedWith() {
        return Set.of();
    }

    default boolean visibleTo(Account account) {
        return account != null && (ownerId().equals(account.id()) || sharedWith().contains(account.id()));
    }
}
