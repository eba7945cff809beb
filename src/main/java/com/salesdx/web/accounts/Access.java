package com.salesdx.web.accounts;

import com.salesdx.accounts.Owned;
import com.salesdx.server.HttpError;
import com.salesdx.server.SignedIn;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Loads what a signed-in consultant may see: a thing owned by them or shared with them, else the
 * same 404 as for an id that does not exist, so another account learns nothing, not even that it
 * exists. Use it on every route that takes the id of an owned thing:
 * {@code Engagement e = Access.owned(ctx, engagements.find(id), "engagement " + id);}
 */
public final class Access {
    private Access() {
    }

    public static <T extends Owned> T owned(Context ctx, Optional<T> found, String what) {
        return found.filter(thing -> thing.visibleTo(SignedIn.account(ctx))).orElseThrow(() -> HttpError.notFound(what));
    }
}
