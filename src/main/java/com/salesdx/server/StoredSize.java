package com.salesdx.server;

import io.javalin.http.Context;

/** Requests that store what they send are held to {@link Limits#MAX_STORED_BYTES}, tighter than any body. */
public final class StoredSize {
    private StoredSize() {
    }

    public static void check(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > Limits.MAX_STORED_BYTES) {
            Bodies.drain(ctx, declared);
        }
        if (declared > Limits.MAX_STORED_BYTES || Bodies.bytes(ctx).length > Limits.MAX_STORED_BYTES) {
            throw new HttpError(413, null, "a request that stores data is limited to " + Limits.MAX_STORED_BYTES
                    + " bytes; a full interview with notes is far smaller, so send less at once");
        }
    }
}
