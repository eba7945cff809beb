package com.salesdx.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers set on every response, pages, API, errors and static files alike. Referrer-Policy
 * same-origin: links to results and interviews never leave the site in a Referer, and the site's
 * own forms carry their true Origin (with no-referrer browsers send "Origin: null", which the
 * cross-site check in RequestOrigin cannot tell from a forged post).
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final Map<String, String> CONSTANT = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        CONSTANT.forEach(ctx::header);
    }
}
