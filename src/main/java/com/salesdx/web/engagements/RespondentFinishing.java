package com.salesdx.web.engagements;

import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Forms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finishing a respondent's interview (by the consultant, or by the respondent through their private
 * link) and reopening it (the consultant only). Each is an explicit POST: from a page it carries the
 * session's CSRF token like every signed-in change; the API answers the respondent's new status.
 */
final class RespondentFinishing {
    private final EngagementService service;
    private final Engagements engagements;

    RespondentFinishing(EngagementService service, Engagements engagements) {
        this.service = service;
        this.engagements = engagements;
    }

    void register(RoutesConfig app) {
        String page = "/engagements/{id}/respondents/{respondent}";
        app.post(page + "/finish", ctx -> back(ctx, finish(ctx)), Role.CONSULTANT);
        app.post(page + "/reopen", ctx -> back(ctx, reopen(ctx)), Role.CONSULTANT);
        String api = "/api/engagements/{id}/respondents/{respondent}";
        app.post(api + "/finish", ctx -> ctx.json(status(finish(ctx))), Role.CONSULTANT);
        app.post(api + "/reopen", ctx -> ctx.json(status(reopen(ctx))), Role.CONSULTANT);
        app.post("/r/{token}/finish", this::finishByLink, Role.ANYONE);
    }

    private StoredRespondent finish(Context ctx) {
        StoredRespondent respondent = engagements.respondent(ctx, engagements.owned(ctx));
        requireAnAnswer(respondent);
        service.progress().finish(service.interview(respondent));
        return respondent;
    }

    /** An interview with nothing in it is not finished: the report would name a person who said nothing. */
    private void requireAnAnswer(StoredRespondent respondent) {
        if (progress(respondent).answered() == 0) {
            throw new HttpError(409, null, "nothing is answered yet, so there is nothing to finish: answer at least one "
                    + "question first");
        }
    }

    private RespondentProgress.Status progress(StoredRespondent respondent) {
        Set<String> stated = service.find(respondent.engagementId()).map(e -> e.context().keySet()).orElse(Set.of());
        return service.progress().of(service.answers(respondent), service.knowledge(), stated);
    }

    private StoredRespondent reopen(Context ctx) {
        StoredRespondent respondent = engagements.respondent(ctx, engagements.owned(ctx));
        service.progress().reopen(service.interview(respondent));
        return respondent;
    }

    /** Back to the engagement page, or to the interview when the button was pressed there. */
    private void back(Context ctx, StoredRespondent respondent) {
        String engagement = "/engagements/" + respondent.engagementId();
        boolean fromInterview = "interview".equals(Forms.first(Forms.read(ctx), "from"));
        ctx.redirect(fromInterview ? engagement + "/respondents/" + respondent.id() + "/interview" : engagement,
                HttpStatus.SEE_OTHER);
    }

    private void finishByLink(Context ctx) {
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        StoredRespondent respondent = engagements.byLink(ctx);
        requireAnAnswer(respondent);
        service.progress().finish(service.interview(respondent));
        ctx.redirect("/r/" + ctx.pathParam("token"), HttpStatus.SEE_OTHER);
    }

    private Map<String, Object> status(StoredRespondent respondent) {
        RespondentProgress.Status status = progress(respondent);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", respondent.id());
        out.put("status", status.code());
        out.put("status_text", status.words());
        out.put("answered", status.answered());
        out.put("questions", status.questions());
        return out;
    }
}
