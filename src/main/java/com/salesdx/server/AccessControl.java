package com.salesdx.server;

import io.javalin.config.RoutesConfig;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Deny unless a role allows: a route that names no role is refused, so forgetting to decide who
 * may call a new route closes it rather than opens it.
 */
final class AccessControl {
    private AccessControl() {
    }

    static void install(RoutesConfig app) {
        app.beforeMatched(ctx -> {
            Set<RouteRole> allowed = ctx.routeRoles();
            if (allowed.contains(Role.ANYONE)) {
                return;
            }
            // Logins arrive with consultant engagements; until then nobody holds another role.
            throw new HttpError(allowed.isEmpty() ? 403 : 401, null,
                    allowed.isEmpty() ? "this route is closed" : "sign in to use this page");
        });
    }
}
