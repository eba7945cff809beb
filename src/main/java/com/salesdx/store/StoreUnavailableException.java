package com.salesdx.store;

/**
 * The database cannot be reached (stopped, frozen past the timeouts, network gone): the request
 * was not carried out. Answered 503; the pool reconnects by itself once the database is back.
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(Throwable cause) {
        super("the store is unavailable", cause);
    }

    /**
     * Whether a store error (from a store that calls Jdbi directly) means the database cannot be
     * reached: a connection-class failure anywhere in its causes.
     */
    public static boolean explains(Throwable error) {
        return StoreCalls.unreachable(error);
    }

    /** What the client is told: a request that writes was not saved, whichever store call failed first. */
    public String messageFor(boolean writeRequest) {
        return writeRequest
                ? "the store is unavailable, so this request was NOT saved; send it again in a moment"
                : "the store is unavailable; try again in a moment";
    }
}
