package com.salesdx.web.engagements;

import com.salesdx.server.Bodies;
import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.server.SignedIn;
import com.salesdx.server.StoredSize;
import com.salesdx.service.InterviewState;
import com.salesdx.web.ProgressJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engagement JSON API, for scripts and tests: the same service and the same ownership check as the pages. */
final class EngagementApi {
    private final EngagementService service;
    private final Engagements engagements;

    EngagementApi(EngagementService service, Engagements engagements) {
        this.service = service;
        this.engagements = engagements;
    }

    void register(RoutesConfig app) {
        Routes.get(app, "/api/engagements", this::list, Role.CONSULTANT);
        app.post("/api/engagements", this::create, Role.CONSULTANT);
        Routes.get(app, "/api/engagements/{id}", ctx -> ctx.json(json(engagements.owned(ctx))), Role.CONSULTANT);
        app.put("/api/engagements/{id}", this::update, Role.CONSULTANT);
        app.post("/api/engagements/{id}/respondents", this::addRespondent, Role.CONSULTANT);
        app.put("/api/engagements/{id}/respondents/{respondent}", this::updateRespondent, Role.CONSULTANT);
        Routes.get(app, "/api/engagements/{id}/respondents/{respondent}/interview", this::interview, Role.CONSULTANT);
        app.post("/api/engagements/{id}/respondents/{respondent}/link", this::link, Role.CONSULTANT);
    }

    private void list(Context ctx) {
        ctx.json(Map.of("engagements", service.visibleTo(SignedIn.account(ctx)).stream().map(e -> Map.of("id", e.id(),
                "client", e.client(), "round", e.round())).toList()));
    }

    private void create(Context ctx) {
        Map<String, Object> body = details(ctx);
        StoredEngagement e = service.create(SignedIn.account(ctx), text(body, "client"), text(body, "sector"), context(body));
        ctx.status(201).header("Location", "/api/engagements/" + e.id()).json(json(e));
    }

    /**
     * Changes the details the body names and keeps the others: a rename alone must not wipe the
     * sector and the context stated for every respondent. A field sent as null (or a context of {})
     * clears it.
     */
    private void update(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        Map<String, Object> body = details(ctx);
        String client = body.containsKey("client") ? text(body, "client") : engagement.client();
        String sector = body.containsKey("sector") ? text(body, "sector") : engagement.sector();
        Map<String, Object> context = body.containsKey("context") ? context(body) : engagement.context();
        ctx.json(json(service.updateDetails(engagement, client, sector, context)));
    }

    private static Map<String, Object> details(Context ctx) {
        StoredSize.check(ctx);
        Map<String, Object> body = Bodies.jsonObject(ctx);
        known(body, Set.of("client", "sector", "context"));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> context(Map<String, Object> body) {
        Object context = body.get("context");
        if (context == null) {
            return Map.of();
        }
        if (!(context instanceof Map)) {
            throw HttpError.badRequest("context", "must be an object of context question id to answer");
        }
        return (Map<String, Object>) context;
    }

    private void addRespondent(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        StoredSize.check(ctx);
        Map<String, Object> body = Bodies.jsonObject(ctx);
        known(body, Set.of("name", "role"));
        StoredRespondent r = service.addRespondent(engagement, text(body, "name"), text(body, "role"));
        ctx.status(201).json(respondentJson(r, 0));
    }

    private void interview(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        StoredRespondent respondent = engagements.respondent(ctx, engagement);
        InterviewState state = RespondentQuestions.without(service.interviews().state(service.interview(respondent)),
                engagement.context().keySet());
        Map<String, Object> out = new LinkedHashMap<>(respondentJson(respondent, state.answeredCount()));
        Map<String, Object> answers = new LinkedHashMap<>();
        state.answers().forEach((id, a) -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("value", a.value());
            answer.put("dont_know", a.dontKnow());
            answer.put("note", a.note());
            answers.put(id, answer);
        });
        out.put("answers", answers);
        out.putAll(ProgressJson.of(state));
        ctx.json(out);
    }

    /** Renames a respondent or changes their role: {@code {name?, role?}}, a field left out keeps its value. */
    private void updateRespondent(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        StoredRespondent respondent = engagements.respondent(ctx, engagement);
        StoredSize.check(ctx);
        Map<String, Object> body = Bodies.jsonObject(ctx);
        known(body, Set.of("name", "role"));
        String name = body.containsKey("name") ? text(body, "name") : respondent.name();
        String role = body.containsKey("role") ? text(body, "role") : respondent.role();
        StoredRespondent updated = service.updateRespondent(respondent, name, role);
        RespondentProgress.Status status = service.progress().of(service.answers(updated), service.knowledge(),
                engagement.context().keySet());
        Map<String, Object> out = respondentJson(updated, status.answered());
        out.put("status", status.code());
        out.put("status_text", status.words());
        ctx.json(out);
    }

    /** A new private link: returned once, in this answer; the old one stops working. */
    private void link(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        String token = service.newLink(engagements.respondent(ctx, engagement));
        ctx.header("Cache-Control", "private, no-store");
        ctx.status(201).json(Map.of("link", "/r/" + token, "url", RespondentLinks.url(ctx, token)));
    }

    private Map<String, Object> json(StoredEngagement e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("client", e.client());
        out.put("sector", e.sector());
        out.put("round", e.round());
        out.put("previous_round", e.previousId());
        out.put("context", e.context());
        out.put("chosen_interventions", e.chosenInterventions());
        List<Map<String, Object>> respondents = service.answers(e).stream().map(r -> {
            RespondentProgress.Status status = service.progress().of(r, service.knowledge(), e.context().keySet());
            Map<String, Object> json = respondentJson(r.respondent(), status.answered());
            json.put("status", status.code());
            json.put("status_text", status.words());
            return json;
        }).toList();
        out.put("respondents", respondents);
        return out;
    }

    private static Map<String, Object> respondentJson(StoredRespondent r, int answered) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("name", r.name());
        out.put("role", r.role());
        out.put("answered", answered);
        out.put("has_link", r.hasLink());
        return out;
    }

    private static void known(Map<String, Object> body, Set<String> keys) {
        for (String key : body.keySet()) {
            if (!keys.contains(key)) {
                throw HttpError.badRequest(key, "unknown field; expected " + String.join(", ", keys.stream().sorted().toList()));
            }
        }
    }

    private static String text(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value != null && !(value instanceof String)) {
            throw HttpError.badRequest(key, "must be text");
        }
        return (String) value;
    }
}
