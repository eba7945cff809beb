package com.salesdx.accounts;

/** The right password for an account an admin has disabled: sign-in is refused, and said so. */
public final class AccountDisabledException extends RuntimeException {
    public AccountDisabledException() {
        super("this account is disabled, so it cannot sign in; its engagements are kept. Ask an administrator to enable it again");
    }
}
