package com.salesdx.server;

import com.salesdx.accounts.AccountService;
import com.salesdx.report.JsonReport;
import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.web.ApiController;
import com.salesdx.web.PageController;
import com.salesdx.web.accounts.AccountPages;
import com.salesdx.web.accounts.AdminPages;
import com.salesdx.web.accounts.SignInPages;
import com.salesdx.web.engagements.EngagementRoutes;
import com.salesdx.web.impact.Candidates;
import com.salesdx.web.impact.ImpactJobs;
import com.salesdx.web.impact.ImpactRoutes;
import com.salesdx.web.live.LiveRulesRoutes;
import com.salesdx.web.report.ReportRoutes;
import com.salesdx.web.report.ReportService;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import com.salesdx.web.rules.RulesRoutes;
import com.salesdx.web.rules.RulesService;

/**
 * Builds the web application from its dependencies and returns it unstarted, so the command
 * line starts it on a port and the tests start it on a free one.
 */
public final class SalesdxServer {
    /** Loopback unless asked: serving a network is a decision (`--host 0.0.0.0`), not a default. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    private SalesdxServer() {
    }

    public static Javalin create(DiagnosisService diagnoses, InterviewService interviews, AccountService accounts,
            HealthInfo health) {
        return create(diagnoses, interviews, accounts, health, DEFAULT_HOST);
    }

    /** The application listening on {@code host} once started ({@code app.start(port)}). */
    public static Javalin create(DiagnosisService diagnoses, InterviewService interviews, AccountService accounts,
            HealthInfo health, String host) {
        return create(diagnoses, interviews, accounts, health, host, Features.none());
    }

    /** As above, with the optional {@code features} this server runs. */
    public static Javalin create(DiagnosisService diagnoses, InterviewService interviews, AccountService accounts,
            HealthInfo health, String host, Features features) {
        RulesService rules = new RulesService(diagnoses::ruleBase, diagnoses.stored(), features.knowledgeBase());
        ImpactJobs impact = new ImpactJobs(new Candidates(features.candidates(), features.knowledgeBase()), diagnoses::ruleBase,
                features.knowledgeBase(), diagnoses.stored(), Runtime.getRuntime().availableProcessors());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = host;
            Connectors.install(config);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessages()));
            config.http.maxRequestSize = Bodies.MAX_BYTES;
            config.http.prefer405over404 = true; // a real path with a wrong method: 405 naming the methods it takes
            config.fileRenderer(new PebbleRenderer());
            config.jsonMapper(new JavalinJackson(JsonReport.COMPACT, false));
            WriteRateLimit writes = new WriteRateLimit();
            config.routes.before(ResponsePolicy::before);
            config.routes.before(writes::admit);
            config.routes.after(ResponsePolicy::after);
            AccessControl.install(config.routes, accounts);
            ErrorMapping.install(config.routes);
            StaticFiles.install(config.routes);
            Routes.get(config.routes, "/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY),
                    Role.ANYONE);
            new ApiController(diagnoses, interviews, health).register(config.routes);
            new PageController(diagnoses, interviews).register(config.routes);
            new SignInPages(accounts).register(config.routes);
            new AccountPages(accounts).register(config.routes);
            new AdminPages(accounts).register(config.routes);
            if (features.live() != null) {
                features.live().register(config.routes);
            }
            new ReportRoutes(new ReportService(diagnoses, interviews)).register(config.routes);
            new RulesRoutes(rules, impact, features.live() == null ? null : features.live().live()).register(config.routes);
            new ImpactRoutes(impact).register(config.routes);
            if (features.engagements() != null) {
                features.engagements().register(config.routes);
            }
        });
    }
}
