package com.salesdx.accounts;

/** An email or password that cannot be used, naming the field and what is expected. */
public final class AccountInputException extends RuntimeException {
    private final String field;

    public AccountInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
