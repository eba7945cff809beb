package com.salesdx.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Unguessable ids: 128 random bits, URL-safe. A link is the only key to a result, so it must not be guessable. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private Ids() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string could be an id at all: anything else is answered 404 without a query. */
    public static boolean looksValid(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
