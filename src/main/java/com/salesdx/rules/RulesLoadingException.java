package com.salesdx.rules;

/** The first rule base is not compiled yet (or could not be): answered 503 with Retry-After. */
public final class RulesLoadingException extends RuntimeException {
    public RulesLoadingException(String message) {
        super(message);
    }
}
