package com.salesdx.server;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A browser names the page a change comes from (Origin, else Referer). A change sent from another
 * site's page is refused with 403 before anything runs, on public and signed-in routes alike; an
 * opaque "null" origin (a sandboxed frame, a file) is refused too. A request naming no page at all
 * is not from a browser (curl, scripts, the API's clients) and cannot ride a user's cookie.
 * Behind the documented TLS proxy the Host header is the public name, so it is the one compared.
 */
final class RequestOrigin {
    private RequestOrigin() {
    }

    static void check(Context ctx) {
        if (!WriteRateLimit.isWrite(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        String source = origin != null ? origin : ctx.header("Referer");
        if (source == null) {
            return;
        }
        if (!sameHost(source, ctx.header("Host"))) {
            throw new HttpError(403, null, "this change was sent from another site's page (" + (origin != null ? "Origin" : "Referer")
                    + " " + shorten(source) + "); salesdx accepts changes only from its own pages, so nothing was done");
        }
    }

    static boolean sameHost(String source, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(source.strip());
            String authority = uri.getRawAuthority();
            return authority != null && uri.getScheme() != null && authority.equalsIgnoreCase(host.strip())
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String shorten(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }
}
