package com.salesdx.web.engagements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A respondent's private link ({@code /r/TOKEN}): 256 random bits, the only key to their interview
 * without an account. Only its SHA-256 is stored, so a copy of the database opens no interview.
 */
final class RespondentLinks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private RespondentLinks() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Anything not shaped like a token is answered 404 without a query. */
    /** The whole address to send, as the consultant's browser reached this server (https behind a TLS proxy). */
    static String url(io.javalin.http.Context ctx, String token) {
        String scheme = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https" : ctx.scheme();
        return scheme + "://" + ctx.host() + "/r/" + token;
    }

    static boolean looksValid(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
