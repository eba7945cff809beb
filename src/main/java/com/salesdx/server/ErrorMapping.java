package com.salesdx.server;

import com.salesdx.diagnosis.RulesDidNotFinishException;
import com.salesdx.rules.RulesLoadingException;
import com.salesdx.service.InterviewFinishedException;
import com.salesdx.store.StoreUnavailableException;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where errors become responses: JSON {error, field} under /api, an error page
 * elsewhere. Never a stack trace; an unexpected error is logged and answered with a 500.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(RoutesConfig app) {
        app.exception(HttpError.class, (e, ctx) -> {
            if (e instanceof WriteRateLimit.TooManyRequests tooMany) {
                ctx.header("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            }
            respond(ctx, e.status(), e.getMessage(), e.field(), e.problems());
        });
        app.exception(InvalidInputException.class, (e, ctx) -> {
            List<HttpError.FieldProblem> problems = e.problems().stream()
                    .map(p -> new HttpError.FieldProblem(p.field(), p.message())).toList();
            Problem first = e.problems().get(0);
            respond(ctx, 400, first.message(), first.field(), problems.size() > 1 ? problems : List.of());
        });
        app.exception(RulesDidNotFinishException.class, (e, ctx) -> {
            LOG.error("rules did not finish on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            respond(ctx, 503, e.getMessage(), null, List.of());
        });
        app.exception(RulesLoadingException.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            respond(ctx, 503, e.getMessage(), null, List.of());
        });
        app.exception(StoreUnavailableException.class, (e, ctx) -> respond(ctx, 503,
                e.messageFor(!List.of("GET", "HEAD").contains(ctx.req().getMethod())), null, List.of()));
        // Stores that call Jdbi directly (accounts, engagements) fail the same way when the database is away.
        app.exception(org.jdbi.v3.core.JdbiException.class, (e, ctx) -> {
            if (StoreUnavailableException.explains(e)) {
                respond(ctx, 503, new StoreUnavailableException(e).messageFor(!List.of("GET", "HEAD").contains(ctx.req().getMethod())),
                        null, List.of());
            } else {
                LOG.error("unexpected store error on {} {}", ctx.method(), ctx.path(), e);
                respond(ctx, 500, "something went wrong on our side; nothing you sent was lost", null, List.of());
            }
        });
        app.exception(InterviewFinishedException.class, (e, ctx) -> respond(ctx, 409, e.getMessage(), null, List.of()));
        app.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            String allowed = String.join(", ", e.getDetails().values()); // Javalin's one entry: "GET, HEAD"
            ctx.header("Allow", allowed);
            respond(ctx, 405, ctx.method() + " is not allowed on " + ctx.path() + "; it accepts " + allowed, null, List.of());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                notFound(ctx);
            } else {
                respond(ctx, e.getStatus(), e.getMessage(), null, List.of());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "something went wrong on our side; nothing you sent was lost", null, List.of());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                notFound(ctx);
            }
        });
        app.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), null, List.of());
            }
        });
    }

    static void respond(Context ctx, int status, String message, String field, List<HttpError.FieldProblem> problems) {
        ctx.status(status);
        if (answersInJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            body.put("field", field);
            if (!problems.isEmpty()) {
                body.put("problems", problems);
            }
            ctx.json(body);
        } else {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("status", status);
            model.put("message", message);
            model.put("field", field);
            model.put("problems", problems);
            model.put("title", switch (status) {
                case 404 -> "Page not found";
                case 409 -> "This cannot be done now";
                case 400, 413, 415, 422 -> "Please check what was entered";
                case 403 -> "Not allowed";
                case 429 -> "Too many requests";
                default -> "Something is not right";
            });
            model.put("ways", WaysOut.of(ctx.path(), status));
            ctx.render("templates/error.peb", model);
        }
    }

    private static void notFound(Context ctx) {
        try {
            Bodies.bytes(ctx); // read what was sent, so the answer is not lost to a connection reset
        } catch (HttpError tooLargeOrSlow) {
            // answered as not found all the same
        }
        respond(ctx, 404, answersInJson(ctx) ? "no resource at " + ctx.path()
                : "There is no page at this address. The link may be mistyped or incomplete.", null, List.of());
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    /** Errors of the API, and of any JSON export's address (a report.json that does not exist), are JSON. */
    private static boolean answersInJson(Context ctx) {
        return isApi(ctx) || ctx.path().endsWith(".json");
    }
}
