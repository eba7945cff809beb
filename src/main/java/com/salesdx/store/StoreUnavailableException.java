package com.salesdx.store;

/**
 * The database cannot be reached (stopped, frozen past the timeouts, network gone): the request
 * was not carried out. Answered 503; the pool reconnects by itself once the database is back.
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(boolean write, Throwable cause) {
        super(write
                ? "the store is unavailable, so this request was NOT saved; try again in a moment"
                : "the store is unavailable; try again in a moment", cause);
    }
}
