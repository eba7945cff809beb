package com.salesdx.store;

/** The store cannot be opened at start-up; the message says which setting to change, and never holds a password. */
public final class StoreStartException extends RuntimeException {
    public StoreStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
