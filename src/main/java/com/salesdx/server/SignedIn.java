package com.salesdx.server;

import com.salesdx.accounts.Account;
import com.salesdx.accounts.AccountService;
import com.salesdx.accounts.Session;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is signed in on this request, read from the session cookie at most once per request. On a
 * route for {@link Role#CONSULTANT} or {@link Role#ADMIN} a session is guaranteed by {@link AccessControl}.
 */
public final class SignedIn {
    static final String ACCOUNTS = "salesdx.accounts";
    private static final String RESOLVED = "salesdx.session";

    private SignedIn() {
    }

    public static Optional<Session> session(Context ctx) {
        Optional<Session> resolved = ctx.attribute(RESOLVED);
        if (resolved == null) {
            AccountService accounts = ctx.attribute(ACCOUNTS);
            resolved = accounts == null ? Optional.empty() : accounts.resolve(SessionCookie.read(ctx));
            ctx.attribute(RESOLVED, resolved);
        }
        return resolved;
    }

    /** The session of a protected route; a 401 if a route calls this without being protected and nobody is signed in. */
    public static Session required(Context ctx) {
        return session(ctx).orElseThrow(() -> new HttpError(401, null, "sign in first"));
    }

    public static Account account(Context ctx) {
        return required(ctx).account();
    }

    /** After signing in or out on this request: what later code on it sees. */
    static void replace(Context ctx, Optional<Session> session) {
        ctx.attribute(RESOLVED, session);
    }
}
