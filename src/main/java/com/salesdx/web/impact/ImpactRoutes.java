package com.salesdx.web.impact;

import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.web.ProblemJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Impact of a candidate on the rules page, for signed-in consultants: {@code POST /rules/impact/{name}}
 * starts a run (CSRF token required, as for every signed-in change), {@code GET /rules/impact/{name}}
 * shows its progress, refreshing itself until it is over, then its result; {@code GET
 * /api/rules/impact/{name}} answers the same in JSON. A name the candidate folder does not list is a 404.
 */
public final class ImpactRoutes {
    /** Seconds between refreshes of a page whose run is under way. */
    static final int REFRESH_SECONDS = 2;

    private final ImpactJobs jobs;

    public ImpactRoutes(ImpactJobs jobs) {
        this.jobs = jobs;
    }

    public void register(RoutesConfig app) {
        app.post("/rules/impact/{name}", this::start, Role.CONSULTANT);
        Routes.get(app, "/rules/impact/{name}", this::page, Role.CONSULTANT);
        Routes.get(app, "/api/rules/impact/{name}", this::json, Role.CONSULTANT);
    }

    private void start(Context ctx) {
        Candidates.Candidate candidate = candidate(ctx);
        try {
            jobs.start(candidate);
        } catch (ImpactJobs.Busy busy) {
            throw new HttpError(409, null, busy.getMessage());
        }
        ctx.redirect(path(candidate.name()), HttpStatus.SEE_OTHER);
    }

    private void page(Context ctx) {
        Candidates.Candidate candidate = candidate(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Impact of " + candidate.name());
        model.put("private", true);
        model.put("candidate", candidate);
        model.put("refresh", REFRESH_SECONDS);
        jobs.latest(candidate.name()).ifPresent(job -> {
            model.put("job", job);
            if (job.result() != null) {
                model.put("summary", ImpactSummary.of(job.result()));
            }
        });
        ctx.render("templates/impact/run.peb", model);
    }

    private void json(Context ctx) {
        Candidates.Candidate candidate = candidate(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidate", candidate.name());
        body.put("own_knowledge_base", candidate.ownKnowledge());
        ImpactJob job = jobs.latest(candidate.name()).orElse(null);
        body.put("state", job == null ? "not_run" : job.state().name().toLowerCase());
        if (job != null) {
            body.put("started", job.started().toString());
            body.put("finished", job.finished() == null ? null : job.finished().toString());
            body.put("progress", Map.of("stage", job.progress().stage(), "done", job.progress().done(), "total", job.progress().total()));
            body.put("errors", ProblemJson.of(job.errors()));
            body.put("failure", job.failure());
            body.put("summary", job.result() == null ? null : ImpactSummary.of(job.result()));
        }
        ctx.json(body);
    }

    private Candidates.Candidate candidate(Context ctx) {
        String name = ctx.pathParam("name");
        return jobs.candidates().find(name).orElseThrow(() -> HttpError.notFound("candidate \"" + name + "\" (the candidates are "
                + "the folders listed on the rules page)"));
    }

    static String path(String name) {
        return "/rules/impact/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
