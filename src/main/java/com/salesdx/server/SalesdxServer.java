package com.salesdx.server;

import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.web.ApiController;
import com.salesdx.web.PageController;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import com.salesdx.report.JsonReport;
import io.javalin.rendering.template.JavalinPebble;
import com.mitchellbosecke.pebble.PebbleEngine;
import com.mitchellbosecke.pebble.loader.ClasspathLoader;

/**
 * Builds the web application from its dependencies and returns it unstarted, so the command
 * line starts it on a port and the tests start it on a free one.
 */
public final class SalesdxServer {
    private SalesdxServer() {
    }

    public static Javalin create(DiagnosisService diagnoses, InterviewService interviews, HealthInfo health) {
        PebbleEngine pebble = new PebbleEngine.Builder().loader(new ClasspathLoader()).autoEscaping(true)
                .strictVariables(false).build();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessages()));
            config.http.maxRequestSize = Bodies.MAX_BYTES;
            config.fileRenderer(new JavalinPebble(pebble));
            config.jsonMapper(new JavalinJackson(JsonReport.COMPACT, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.roles = java.util.Set.of(Role.ANYONE);
            });
        });
        app.before(SecurityHeaders::apply);
        AccessControl.install(app);
        ErrorMapping.install(app);
        new ApiController(diagnoses, interviews, health).register(app);
        new PageController(diagnoses, interviews).register(app);
        return app;
    }
}
