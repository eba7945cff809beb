package com.salesdx.web.report;

import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.server.TextResponse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The report of a stored result: the page, its print style, and the exports (the report as a
 * self-contained HTML file, the answers as CSV, everything as JSON).
 */
public final class ReportRoutes {
    /**
     * The HTML export carries its style inline so it still looks right as a saved file; it runs no
     * script at all, so inline style is the only thing its policy allows beyond the default.
     */
    public static final String EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    public static final String APP_CSS = resource("/public/app.css");

    private final ReportService reports;

    public ReportRoutes(ReportService reports) {
        this.reports = reports;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/results/{id}", this::page, Role.ANYONE);
        Routes.get(app, "/results/{id}/print.css", this::printCss, Role.ANYONE);
        Routes.get(app, "/results/{id}/report.html", this::htmlExport, Role.ANYONE);
        Routes.get(app, "/results/{id}/answers.csv", this::csvExport, Role.ANYONE);
        Routes.get(app, "/results/{id}/report.json", this::jsonExport, Role.ANYONE);
    }

    private void page(Context ctx) {
        ctx.render("templates/result.peb", ReportPage.model(report(ctx), reports.knowledge()));
    }

    private void printCss(Context ctx) {
        TextResponse.send(ctx, "text/css", ReportPage.printCss(report(ctx).header()));
    }

    private void htmlExport(Context ctx) {
        Report report = report(ctx);
        Map<String, Object> model = ReportPage.model(report, reports.knowledge());
        model.put("inlineCss", APP_CSS + "\n" + ReportPage.printCss(report.header()));
        ctx.header("Content-Security-Policy", EXPORT_CSP);
        ctx.header("Content-Disposition", "inline; filename=\"salesdx-report-" + report.id() + ".html\"");
        ctx.render("templates/report-export.peb", model);
    }

    private void csvExport(Context ctx) {
        Report report = report(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"salesdx-answers-" + report.id() + ".csv\"");
        TextResponse.send(ctx, "text/csv", AnswersCsv.of(report));
    }

    private void jsonExport(Context ctx) {
        Report report = report(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"salesdx-result-" + report.id() + ".json\"");
        TextResponse.send(ctx, "application/json", ExportJson.of(report));
    }

    private Report report(Context ctx) {
        return reports.find(ctx.pathParam("id")).orElseThrow(() -> HttpError.notFound("result " + ctx.pathParam("id")));
    }

    private static String resource(String path) {
        try (InputStream in = ReportRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
