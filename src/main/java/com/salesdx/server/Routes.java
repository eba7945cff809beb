package com.salesdx.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/**
 * Route registration shared by the controllers. A readable route answers HEAD by running its GET
 * handler (Jetty drops the body), so HEAD has GET's status, headers and access rule; Javalin's own
 * HEAD answers 200 without running the handler, even for an unknown id.
 */
public final class Routes {
    private Routes() {
    }

    public static void get(RoutesConfig app, String path, Handler handler, RouteRole... roles) {
        app.get(path, handler, roles);
        app.head(path, handler, roles);
    }
}
