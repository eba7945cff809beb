package com.salesdx.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one spelling of an email that accounts are stored and looked up by: trimmed, lower-case. */
final class Email {
    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Email() {
    }

    static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The normalised email, or an error that says what is wrong with it. */
    static String valid(String email) {
        String normal = normalised(email);
        if (normal.isEmpty()) {
            throw new AccountInputException("email", "an email address is required");
        }
        if (normal.length() > MAX_LENGTH || !SHAPE.matcher(normal).matches()) {
            throw new AccountInputException("email", "\"" + shorten(email.strip()) + "\" is not an email address "
                    + "(expected name@example.com, at most " + MAX_LENGTH + " characters)");
        }
        return normal;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
