package com.salesdx.server;

import com.salesdx.accounts.Session;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The per-session token a signed-in change must carry: the form field {@value #FIELD} on an HTML
 * form, or the header {@value #HEADER} from a script (pages put it in {@code <meta name="csrf-token">}).
 * Another site can make a browser send the cookie, but cannot read the token, so it cannot send it.
 */
public final class Csrf {
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";

    private Csrf() {
    }

    static void require(Context ctx, Session session) {
        String sent = ctx.header(HEADER);
        if (sent == null && isForm(ctx)) {
            sent = Forms.first(Forms.read(ctx), FIELD);
        }
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(403, FIELD, sent == null
                    ? "this change carries no CSRF token; send it from a salesdx page (form field \"" + FIELD + "\" or header "
                            + HEADER + "), so nothing was done"
                    : "this change carries a CSRF token of another session (the page may be older than your sign-in); "
                            + "reload the page and try again");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }
}
