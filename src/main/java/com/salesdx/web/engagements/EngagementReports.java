package com.salesdx.web.engagements;

import com.salesdx.engagement.EngagementDiagnosis;
import com.salesdx.engagement.RoleDiagnoser.ByRole;
import com.salesdx.engagement.RoundComparison;
import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.server.TextResponse;
import com.salesdx.web.report.Report;
import com.salesdx.web.report.ReportPage;
import com.salesdx.web.report.ReportRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement report (the existing report fed with the combined diagnosis), its print style, its
 * exports, and the comparison of a round with the one before it. Every route goes through the
 * ownership check first.
 */
final class EngagementReports {
    private final EngagementService service;
    private final Engagements engagements;

    EngagementReports(EngagementService service, Engagements engagements) {
        this.service = service;
        this.engagements = engagements;
    }

    void register(RoutesConfig app) {
        Routes.get(app, "/engagements/{id}/report", this::page, Role.CONSULTANT);
        Routes.get(app, "/engagements/{id}/print.css", this::printCss, Role.CONSULTANT);
        Routes.get(app, "/engagements/{id}/report.html", this::htmlExport, Role.CONSULTANT);
        Routes.get(app, "/engagements/{id}/answers.csv", this::csvExport, Role.CONSULTANT);
        Routes.get(app, "/engagements/{id}/report.json", this::jsonExport, Role.CONSULTANT);
        Routes.get(app, "/engagements/{id}/comparison", this::comparison, Role.CONSULTANT);
    }

    /** An engagement with its diagnosis; a report of nobody cannot be written, so that is said plainly. */
    private record Diagnosed(StoredEngagement engagement, EngagementDiagnosis diagnosis, Report report, ByRole byRole) {
    }

    private Diagnosed diagnosed(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        EngagementDiagnosis diagnosis = service.diagnostics().diagnose(engagement).orElseThrow(() -> new HttpError(409, null,
                "this engagement has no respondent yet, so there is nothing to report; add respondents and interview them first"));
        return new Diagnosed(engagement, diagnosis, EngagementReport.of(engagement, diagnosis, service.knowledge(), service),
                service.diagnostics().byRole(diagnosis));
    }

    private Map<String, Object> model(Diagnosed d) {
        Map<String, Object> model = EngagementReport.model(d.report(), d.diagnosis(), service.knowledge(), service);
        model.put("e", d.engagement());
        model.put("previous", service.previous(d.engagement()).orElse(null));
        model.put("chosen", d.engagement().chosenInterventions());
        model.put("roleChart", RoleChart.model(d.byRole()));
        unfinished(d.engagement(), model);
        rounds(d.engagement()).ifPresent(model::putAll);
        return model;
    }

    /** A report that rests on interviews still under way says so at its top, naming them and how far each got. */
    private void unfinished(StoredEngagement engagement, Map<String, Object> model) {
        List<String> unfinished = new ArrayList<>();
        List<EngagementService.RespondentAnswers> respondents = service.answers(engagement);
        for (EngagementService.RespondentAnswers r : respondents) {
            RespondentProgress.Status status = service.progress().of(r, service.knowledge(), engagement.context().keySet());
            if (!status.finished()) {
                unfinished.add(r.respondent().name() + " (" + service.roleLabel(r.respondent().role()).toLowerCase(java.util.Locale.ROOT)
                        + "), " + status.words());
            }
        }
        model.put("unfinished", unfinished);
        model.put("respondentCount", respondents.size());
    }

    private void page(Context ctx) {
        ctx.render("templates/engagements/report.peb", model(diagnosed(ctx)));
    }

    private void printCss(Context ctx) {
        TextResponse.send(ctx, "text/css", ReportPage.printCss(diagnosed(ctx).report().header()));
    }

    private void htmlExport(Context ctx) {
        Diagnosed d = diagnosed(ctx);
        Map<String, Object> model = model(d);
        model.put("inlineCss", ReportRoutes.APP_CSS + "\n" + ReportPage.printCss(d.report().header()));
        ctx.header("Content-Security-Policy", ReportRoutes.EXPORT_CSP);
        ctx.header("Content-Disposition", "inline; filename=\"salesdx-engagement-" + d.engagement().id() + ".html\"");
        ctx.render("templates/report-export.peb", model);
    }

    private void csvExport(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"salesdx-engagement-answers-" + engagement.id() + ".csv\"");
        TextResponse.send(ctx, "text/csv", EngagementExports.csv(engagement, service.answers(engagement), service.knowledge(),
                service));
    }

    private void jsonExport(Context ctx) {
        Diagnosed d = diagnosed(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"salesdx-engagement-" + d.engagement().id() + ".json\"");
        TextResponse.send(ctx, "application/json", EngagementExports.json(d.engagement(), service.answers(d.engagement()),
                d.diagnosis(), d.report(), d.byRole(),
                service.previous(d.engagement()).flatMap(p -> service.diagnostics().compareWithPrevious(d.engagement())).orElse(null), service));
    }

    private void comparison(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        if (service.previous(engagement).isEmpty()) {
            throw new HttpError(409, null, "this is the first round of the engagement, so there is nothing to compare it with; "
                    + "start a next round first");
        }
        Map<String, Object> model = rounds(engagement).orElseThrow(() -> new HttpError(409, null,
                "one of the two rounds has no respondent yet, so the rounds cannot be compared"));
        model.put("title", "Rounds compared: " + engagement.client());
        model.put("e", engagement);
        ctx.render("templates/engagements/comparison.peb", model);
    }

    /**
     * This round beside the one before (c, previous, recordedRules, rulesChangedSince), when there is one
     * and both have respondents. Both rounds are diagnosed with today's rules (like for like); the rules in
     * force when the earlier round closed are recorded, so a change of rules in between is still said.
     */
    private Optional<Map<String, Object>> rounds(StoredEngagement engagement) {
        Optional<StoredEngagement> previous = service.previous(engagement);
        Optional<RoundComparison> comparison = previous.isEmpty() ? Optional.empty() : service.diagnostics().compareWithPrevious(engagement);
        if (comparison.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("previous", previous.get());
        model.put("c", comparison.get());
        model.put("recordedRules", previous.get().rulesVersion());
        model.put("rulesChangedSince", previous.get().rulesVersion() != null
                && !previous.get().rulesVersion().equals(comparison.get().laterRules()));
        return Optional.of(model);
    }
}
