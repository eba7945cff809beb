package com.salesdx.web.rules;

import com.salesdx.coverage.Coverage;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import io.javalin.config.RoutesConfig;
import com.salesdx.web.impact.ImpactJobs;
import java.util.List;
import java.util.Map;

/** The read-only rules page and the JSON behind it, for signed-in consultants only. */
public final class RulesRoutes {
    private final RulesService service;
    private final ImpactJobs impact;

    /** @param impact the candidates listed on the page, each with its latest impact run */
    public RulesRoutes(RulesService service, ImpactJobs impact) {
        this.service = service;
        this.impact = impact;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/rules", ctx -> {
            Coverage coverage = service.coverage();
            List<Map<String, Object>> candidates = impact.candidates().names().stream()
                    .map(name -> Map.<String, Object>of("name", name, "state", impact.latest(name)
                            .map(job -> job.state().name().toLowerCase()).orElse("not_run"))).toList();
            ctx.render("templates/rules/rules.peb", Map.of("title", "Rules", "private", true, "coverage", coverage,
                    "candidates", candidates, "candidateFolder", impact.candidates().folder().toString()));
        }, Role.CONSULTANT);
        Routes.get(app, "/api/rules", ctx -> ctx.json(service.coverage()), Role.CONSULTANT);
    }
}
