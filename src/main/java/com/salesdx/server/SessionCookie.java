package com.salesdx.server;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (other sites' forms and
 * scripts do not carry it; a link from an email still does), Path=/, and Secure whenever the
 * request came over HTTPS, directly or through the TLS proxy that says so with X-Forwarded-Proto.
 * Trusting that header from anyone is safe here: it can only add Secure, never remove it.
 */
public final class SessionCookie {
    public static final String NAME = "salesdx_session";

    private SessionCookie() {
    }

    public static String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    public static void set(Context ctx, String token, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + token + "; Path=/; Max-Age=" + maxAge.toSeconds()
                + "; HttpOnly; SameSite=Lax" + (overHttps(ctx) ? "; Secure" : ""));
    }

    public static void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (overHttps(ctx) ? "; Secure" : ""));
    }

    static boolean overHttps(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        String first = forwarded == null ? "" : forwarded.split(",")[0].strip();
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(first);
    }
}
