package com.salesdx.server;

import com.salesdx.accounts.AccountService;
import com.salesdx.accounts.Session;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call a route, decided here and nowhere else. Deny unless a role allows: a route that
 * names no role is refused, so forgetting to decide who may call a new route closes it rather
 * than opens it. {@link Role#CONSULTANT} needs a live session, {@link Role#ADMIN} an admin's; without
 * one the API answers 401 and pages send the browser to the sign-in page. Every change a signed-in
 * route accepts carries the session's CSRF token ({@link Csrf}); where it comes from is checked
 * for every change by {@link RequestOrigin}.
 */
final class AccessControl {
    private AccessControl() {
    }

    static void install(RoutesConfig app, AccountService accounts) {
        app.before(ctx -> ctx.attribute(SignedIn.ACCOUNTS, accounts));
        app.before(RequestOrigin::check);
        app.beforeMatched(AccessControl::check);
    }

    private static void check(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.contains(Role.ANYONE)) {
            return;
        }
        if (allowed.isEmpty()) {
            throw new HttpError(403, null, "this route is closed");
        }
        // Anything behind a sign-in is one person's: never cached, never indexed.
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        Optional<Session> session = SignedIn.session(ctx);
        if (session.isEmpty()) {
            refuseAnonymous(ctx);
            return;
        }
        if (!allowed.contains(Role.CONSULTANT) && !session.get().account().admin()) {
            throw new HttpError(403, null, "only an administrator may do this; ask one to do it for you");
        }
        if (WriteRateLimit.isWrite(ctx.method())) {
            Csrf.require(ctx, session.get());
        }
    }

    private static void refuseAnonymous(Context ctx) {
        if (ErrorMapping.isApi(ctx)) {
            throw new HttpError(401, null, "sign in first: this needs a consultant's session (POST /login)");
        }
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.redirect(read ? "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8) : "/login", HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }
}
