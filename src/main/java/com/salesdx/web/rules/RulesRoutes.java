package com.salesdx.web.rules;

import com.salesdx.coverage.Coverage;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/** The read-only rules page and the JSON behind it, for signed-in consultants only. */
public final class RulesRoutes {
    private final RulesService service;

    public RulesRoutes(RulesService service) {
        this.service = service;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/rules", ctx -> {
            Coverage coverage = service.coverage();
            ctx.render("templates/rules/rules.peb", Map.of("title", "Rules", "private", true, "coverage", coverage));
        }, Role.CONSULTANT);
        Routes.get(app, "/api/rules", ctx -> ctx.json(service.coverage()), Role.CONSULTANT);
    }
}
