package com.salesdx.web.rules;

import com.salesdx.coverage.Coverage;
import com.salesdx.live.LiveRules;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import io.javalin.config.RoutesConfig;
import com.salesdx.web.impact.ImpactJobs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The read-only rules page and the JSON behind it, for signed-in consultants only. */
public final class RulesRoutes {
    private final RulesService service;
    private final ImpactJobs impact;
    private final LiveRules live;

    /**
     * @param impact the candidates listed on the page, each with its latest impact run
     * @param live the watched rules, whose last refused edit the page shows; null when the rules are not watched
     */
    public RulesRoutes(RulesService service, ImpactJobs impact, LiveRules live) {
        this.service = service;
        this.impact = impact;
        this.live = live;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/rules", ctx -> {
            Coverage coverage = service.coverage();
            List<Map<String, Object>> candidates = impact.candidates().names().stream()
                    .map(name -> Map.<String, Object>of("name", name, "state", impact.latest(name)
                            .map(job -> job.state().name().toLowerCase()).orElse("not_run"))).toList();
            Map<String, Object> model = new HashMap<>(Map.of("title", "Rules", "private", true, "coverage", coverage,
                    "candidates", candidates, "candidateFolder", impact.candidates().folder().toString()));
            if (live != null) {
                live.lastRejection().ifPresent(rejected -> {
                    model.put("rejected", rejected);
                    model.put("stillRefused", live.filesRejected());
                });
            }
            ctx.render("templates/rules/rules.peb", model);
        }, Role.CONSULTANT);
        Routes.get(app, "/api/rules", ctx -> ctx.json(service.coverage()), Role.CONSULTANT);
    }
}
