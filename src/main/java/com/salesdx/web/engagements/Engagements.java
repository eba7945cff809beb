package com.salesdx.web.engagements;

import com.salesdx.server.HttpError;
import com.salesdx.web.accounts.Access;
import io.javalin.http.Context;

/**
 * Loads the engagement and respondent a route names, through the ownership check: anyone but the
 * owner and those it is shared with gets the same 404 as for an id that never existed.
 */
final class Engagements {
    private final EngagementService service;

    Engagements(EngagementService service) {
        this.service = service;
    }

    StoredEngagement owned(Context ctx) {
        String id = ctx.pathParam("id");
        return Access.owned(ctx, service.find(id), "engagement " + id);
    }

    StoredRespondent respondent(Context ctx, StoredEngagement engagement) {
        String id = ctx.pathParam("respondent");
        return service.respondent(engagement, id).orElseThrow(() -> HttpError.notFound("respondent " + id));
    }

    /** The respondent a private link reaches, or 404: the link is the only key, so nothing else is said. */
    StoredRespondent byLink(Context ctx) {
        return service.respondentByLink(ctx.pathParam("token")).orElseThrow(() -> HttpError.notFound("link"));
    }
}
