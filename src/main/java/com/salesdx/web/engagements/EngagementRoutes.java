package com.salesdx.web.engagements;

import com.salesdx.server.HttpError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Every engagement route: pages, respondents' interviews (by the consultant and by private link),
 * reports and exports, the API. All but the private link need a consultant's session and go through
 * the ownership check. A respondent's interview is also kept off the public interview routes
 * ({@code /interviews/ID}, {@code /api/interviews/ID}): it is reached only through its engagement or its link.
 */
public final class EngagementRoutes {
    private final EngagementService service;

    public EngagementRoutes(EngagementService service) {
        this.service = service;
    }

    public EngagementService service() {
        return service;
    }

    public void register(RoutesConfig app) {
        Engagements engagements = new Engagements(service);
        for (String path : new String[] {"/interviews/{id}", "/interviews/{id}/*", "/api/interviews/{id}", "/api/interviews/{id}/*"}) {
            app.beforeMatched(path, this::keepRespondentInterviewsPrivate);
        }
        new EngagementPages(service, engagements).register(app);
        new RespondentInterviews(service, engagements).register(app);
        new RespondentFinishing(service, engagements).register(app);
        new EngagementReports(service, engagements).register(app);
        new EngagementApi(service, engagements).register(app);
    }

    private void keepRespondentInterviewsPrivate(Context ctx) {
        String[] parts = ctx.path().split("/");
        String id = parts[1].equals("api") ? (parts.length > 3 ? parts[3] : "") : (parts.length > 2 ? parts[2] : "");
        if (service.isRespondentInterview(id)) {
            throw HttpError.notFound("interview " + id);
        }
    }
}
