package com.salesdx.web.engagements;

import com.salesdx.knowledge.QuestionDef;
import com.salesdx.server.Forms;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.server.SignedIn;
import com.salesdx.web.FormValues;
import com.salesdx.web.engagements.EngagementService.RespondentAnswers;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The engagement pages a consultant works in: the list, a new engagement, one engagement and its respondents. */
final class EngagementPages {
    private final EngagementService service;
    private final Engagements engagements;

    EngagementPages(EngagementService service, Engagements engagements) {
        this.service = service;
        this.engagements = engagements;
    }

    void register(RoutesConfig app) {
        Routes.get(app, "/engagements", this::list, Role.CONSULTANT);
        Routes.get(app, "/engagements/new", this::newForm, Role.CONSULTANT);
        app.post("/engagements", this::create, Role.CONSULTANT);
        Routes.get(app, "/engagements/{id}/edit", this::editForm, Role.CONSULTANT);
        app.post("/engagements/{id}/edit", this::edit, Role.CONSULTANT);
        Routes.get(app, "/engagements/{id}", this::show, Role.CONSULTANT);
        app.post("/engagements/{id}/respondents", this::addRespondent, Role.CONSULTANT);
        app.post("/engagements/{id}/respondents/{respondent}/link", this::newLink, Role.CONSULTANT);
        app.post("/engagements/{id}/respondents/{respondent}/edit", this::correctRespondent, Role.CONSULTANT);
        app.post("/engagements/{id}/share", this::share, Role.CONSULTANT);
        app.post("/engagements/{id}/rounds", this::nextRound, Role.CONSULTANT);
        app.post("/engagements/{id}/chosen", this::choose, Role.CONSULTANT);
    }

    private void list(Context ctx) {
        String me = SignedIn.account(ctx).id();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredEngagement e : service.visibleTo(SignedIn.account(ctx))) {
            rows.add(Map.of("e", e, "mine", e.ownerId().equals(me), "respondents", service.respondents(e).size()));
        }
        ctx.render("templates/engagements/list.peb", Map.of("title", "Engagements", "engagements", rows));
    }

    private void newForm(Context ctx) {
        ctx.render("templates/engagements/new.peb", form("New engagement", "/engagements", "Create the engagement", null));
    }

    private void create(Context ctx) {
        Map<String, List<String>> form = Forms.read(ctx);
        StoredEngagement created = service.create(SignedIn.account(ctx), Forms.first(form, "client"), Forms.first(form, "sector"),
                context(form));
        ctx.redirect("/engagements/" + created.id(), HttpStatus.SEE_OTHER);
    }

    private void editForm(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        ctx.render("templates/engagements/new.peb", form("Edit " + engagement.client(), "/engagements/" + engagement.id() + "/edit",
                "Save the changes", engagement));
    }

    private void edit(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        Map<String, List<String>> form = Forms.read(ctx);
        service.updateDetails(engagement, Forms.first(form, "client"), Forms.first(form, "sector"), context(form));
        ctx.redirect("/engagements/" + engagement.id(), HttpStatus.SEE_OTHER);
    }

    /** The engagement form, empty for a new engagement or filled with {@code current}'s client, sector and context. */
    private Map<String, Object> form(String title, String action, String submit, StoredEngagement current) {
        Map<String, String> values = new LinkedHashMap<>();
        if (current != null) {
            values.put("client", current.client());
            values.put("sector", current.sector() == null ? "" : current.sector());
            current.context().forEach((id, value) -> values.put("c." + id, FormValues.text(value)));
        }
        return Map.of("title", title, "questions", service.contextQuestions(), "scaleValues", List.of("1", "2", "3", "4", "5"),
                "action", action, "submit", submit, "values", values, "editing", current != null);
    }

    private Map<String, Object> context(Map<String, List<String>> form) {
        Map<String, Object> context = new LinkedHashMap<>();
        for (QuestionDef question : service.contextQuestions()) {
            String value = Forms.first(form, "c." + question.id());
            if (value != null && !value.isBlank()) {
                context.put(question.id(), FormValues.typed(question, value));
            }
        }
        return context;
    }

    private void show(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        List<Map<String, Object>> respondents = new ArrayList<>();
        for (RespondentAnswers r : service.answers(engagement)) {
            RespondentProgress.Status status = service.progress().of(r, service.knowledge(), engagement.context().keySet());
            respondents.add(Map.of("r", r.respondent(), "role", service.roleLabel(r.respondent().role()), "status", status,
                    "statusText", status.words()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", engagement.client());
        model.put("e", engagement);
        model.put("respondents", respondents);
        model.put("roles", service.roles());
        model.put("sharedWith", service.sharedWithEmails(engagement).values());
        model.put("mine", engagement.ownerId().equals(SignedIn.account(ctx).id()));
        model.put("context", contextLines(engagement));
        model.put("previous", service.previous(engagement).orElse(null));
        model.put("next", service.nextRound(engagement).orElse(null));
        ctx.render("templates/engagements/show.peb", model);
    }

    private List<String> contextLines(StoredEngagement engagement) {
        List<String> lines = new ArrayList<>();
        for (QuestionDef q : service.contextQuestions()) {
            Object value = engagement.context().get(q.id());
            if (value != null) {
                lines.add(q.text() + " " + q.display(value));
            }
        }
        return lines;
    }

    private void addRespondent(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        Map<String, List<String>> form = Forms.read(ctx);
        service.addRespondent(engagement, Forms.first(form, "name"), Forms.first(form, "role"));
        ctx.redirect("/engagements/" + engagement.id(), HttpStatus.SEE_OTHER);
    }

    /** A respondent's name or role corrected; their answers stay with them. */
    private void correctRespondent(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        StoredRespondent respondent = engagements.respondent(ctx, engagement);
        Map<String, List<String>> form = Forms.read(ctx);
        service.updateRespondent(respondent, Forms.first(form, "name"), Forms.first(form, "role"));
        ctx.redirect("/engagements/" + engagement.id(), HttpStatus.SEE_OTHER);
    }

    /** Shown once, on this answer only: the database keeps the link's hash, never the link. */
    private void newLink(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        StoredRespondent respondent = engagements.respondent(ctx, engagement);
        String token = service.newLink(respondent);
        ctx.header("Cache-Control", "private, no-store");
        ctx.render("templates/engagements/link.peb", Map.of("title", "Private link", "e", engagement,
                "who", respondent.describe(service.roleLabel(respondent.role())),
                "link", RespondentLinks.url(ctx, token)));
    }

    private void share(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        service.share(engagement, Forms.first(Forms.read(ctx), "email"));
        ctx.redirect("/engagements/" + engagement.id(), HttpStatus.SEE_OTHER);
    }

    private void nextRound(Context ctx) {
        StoredEngagement next = service.startNextRound(engagements.owned(ctx));
        ctx.redirect("/engagements/" + next.id(), HttpStatus.SEE_OTHER);
    }

    private void choose(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        List<String> chosen = Forms.read(ctx).getOrDefault("intervention", List.of());
        service.choose(engagement, chosen);
        ctx.redirect("/engagements/" + engagement.id() + "/report", HttpStatus.SEE_OTHER);
    }
}
