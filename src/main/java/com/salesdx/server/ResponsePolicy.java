package com.salesdx.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * What every response promises beyond its body: security headers, a charset on every text type,
 * and for the pages and API resources that hold one client's answers and results, no caching by
 * browsers or proxies and no indexing by search engines (their links are the only key to them).
 */
final class ResponsePolicy {
    private ResponsePolicy() {
    }

    static void before(Context ctx) {
        SecurityHeaders.apply(ctx);
        if (isPrivate(ctx.path())) {
            ctx.header("Cache-Control", "private, no-store");
            ctx.header("X-Robots-Tag", "noindex, nofollow");
        }
        HandlerType method = ctx.method();
        if ((method == HandlerType.GET || method == HandlerType.HEAD) && declaresBody(ctx)) {
            // Read what was sent (up to the limit) so the answer is not lost to a connection reset.
            Bodies.bytes(ctx);
            throw HttpError.badRequest(null, method + " requests carry no body; send data with POST or PUT");
        }
    }

    static void after(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && !type.toLowerCase().contains("charset=") && isText(type)) {
            ctx.res().setContentType(type + ";charset=utf-8");
        }
    }

    static boolean isPrivate(String path) {
        return path.startsWith("/results/") || path.startsWith("/interviews/") || path.startsWith("/api/diagnoses/")
                || path.startsWith("/api/interviews/");
    }

    private static boolean isText(String type) {
        String mime = type.toLowerCase();
        return mime.startsWith("text/") || mime.startsWith("application/json") || mime.startsWith("application/javascript")
                || mime.startsWith("image/svg+xml");
    }

    private static boolean declaresBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }
}
