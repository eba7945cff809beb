package com.salesdx.web.engagements;

import static com.salesdx.web.engagements.Consultant.json;
import static com.salesdx.web.engagements.Consultant.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesdx.store.Database;
import com.salesdx.support.TestServer;
import com.salesdx.support.Stores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who reaches an engagement, over HTTP on H2 and PostgreSQL: another consultant gets 404 on every
 * route of it, nobody gets anything without a session, a change from another site or without the
 * CSRF token is refused, and a private link reaches its own interview and nothing else.
 */
class EngagementAccessTest {
    /** Every engagement route that takes an engagement id: {e} engagement, {r} respondent, {q} question. */
    static final List<String> ENGAGEMENT_ROUTES = List.of(
            "GET /engagements/{e}", "GET /engagements/{e}/edit", "POST /engagements/{e}/edit", "PUT /api/engagements/{e}",
            "POST /engagements/{e}/respondents", "POST /engagements/{e}/respondents/{r}/link",
            "POST /engagements/{e}/respondents/{r}/edit",
            "POST /engagements/{e}/share", "POST /engagements/{e}/rounds", "POST /engagements/{e}/chosen",
            "GET /engagements/{e}/respondents/{r}/interview", "POST /engagements/{e}/respondents/{r}/interview",
            "GET /engagements/{e}/report", "GET /engagements/{e}/print.css", "GET /engagements/{e}/report.html",
            "GET /engagements/{e}/answers.csv", "GET /engagements/{e}/report.json", "GET /engagements/{e}/comparison",
            "GET /api/engagements/{e}", "POST /api/engagements/{e}/respondents", "PUT /api/engagements/{e}/respondents/{r}",
            "GET /api/engagements/{e}/respondents/{r}/interview", "POST /api/engagements/{e}/respondents/{r}/link",
            "PUT /api/engagements/{e}/respondents/{r}/answers/{q}", "DELETE /api/engagements/{e}/respondents/{r}/answers/{q}",
            "POST /engagements/{e}/respondents/{r}/finish", "POST /engagements/{e}/respondents/{r}/reopen",
            "POST /api/engagements/{e}/respondents/{r}/finish", "POST /api/engagements/{e}/respondents/{r}/reopen");
    /** The routes that take no id, protected all the same. */
    static final List<String> OTHER_PROTECTED = List.of("GET /engagements", "GET /engagements/new", "POST /engagements",
            "GET /api/engagements", "POST /api/engagements");
    /** The signed-in account's own routes and the admin's: tried without a session (and the admin's with a plain consultant's). */
    static final List<String> ACCOUNT_ROUTES = List.of("GET /account", "POST /account/password",
            "POST /account/sessions/{s}/end", "GET /admin/accounts", "POST /admin/accounts",
            "POST /admin/accounts/{a}/disable", "POST /admin/accounts/{a}/enable");
    /**
     * Routes under the protected prefixes that anyone may call, each with the reason. None today: a respondent's
     * private link lives under /r/, outside them. A route added here must say why it is safe to leave open.
     */
    static final Map<String, String> DECLARED_PUBLIC = Map.of();
    /** Where every route must be tried or declared public; a new route under one of these fails the walk until it is. */
    static final List<String> PROTECTED_PREFIXES = List.of("/engagements", "/api/engagements", "/account", "/admin");
    static final String QUESTION = "leadership.weekly_pipeline_review";

    @TempDir
    static Path data;

    static Stream<Arguments> databases() {
        return Stores.h2AndPostgres(data);
    }

    /** What a route is sent: a form for pages, JSON for the API, with the caller's session and token. */
    static HttpResponse<String> call(Consultant who, String route, String engagement, String respondent) throws Exception {
        String method = route.split(" ")[0];
        String path = route.split(" ")[1].replace("{e}", engagement).replace("{r}", respondent).replace("{q}", QUESTION)
                .replaceAll("\\{[a-z]+\\}", "AAAAAAAAAAAAAAAAAAAAAA"); // other ids: well-formed, never issued
        if (method.equals("GET")) {
            return who.get(path);
        }
        if (path.startsWith("/api/")) {
            String body = path.endsWith("/respondents") || path.endsWith("/respondents/" + respondent)
                    ? "{\"name\":\"X\",\"role\":\"seller\"}"
                    : path.endsWith("/engagements") ? "{\"client\":\"Intruder Ltd\"}"
                    : method.equals("PUT") ? "{\"value\":\"no\"}" : null;
            return who.json(method, path, body);
        }
        return who.postForm(path, Map.of("name", "X", "role", "seller", "email", who.email() == null ? "x@example.com"
                : who.email(), "client", "Intruder Ltd", "intervention", "operating-rhythm", "a." + QUESTION, "no"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anotherConsultantGets404OnEveryRouteOfAnEngagementAndChangesNothing(String db, Supplier<Database> open)
            throws Exception {
        try (TestServer server = TestServer.on(open)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            Consultant ben = Consultant.signedIn(server, "ben");
            String anas = ana.createEngagement("Ana's Client");
            String bens = ben.createEngagement("Ben's Client");
            String bensSeller = ben.addRespondent(bens, "Priya", "seller");
            ana.addRespondent(anas, "Tomas", "sales_leader");

            for (String route : ENGAGEMENT_ROUTES) {
                HttpResponse<String> response = call(ana, route, bens, bensSeller);
                assertEquals(404, response.statusCode(), route + " with another consultant's session: " + response.body());
                assertFalse(response.body().contains("Ben's Client"), route + " says nothing of the engagement");
            }
            // The same routes with the other's engagement id but one's own respondent id, and the reverse: still 404.
            String anasLeader = json(ana.get("/api/engagements/" + anas)).get("respondents").get(0).get("id").asText();
            assertEquals(404, ana.get("/engagements/" + bens + "/respondents/" + anasLeader + "/interview").statusCode());
            assertEquals(404, ana.get("/engagements/" + anas + "/respondents/" + bensSeller + "/interview").statusCode());
            assertEquals(404, ana.json("PUT", "/api/engagements/" + anas + "/respondents/" + bensSeller + "/answers/" + QUESTION,
                    "{\"value\":\"no\"}").statusCode());

            JsonNode anasList = json(ana.get("/api/engagements")).get("engagements");
            assertEquals(1, anasList.size(), "Ana lists her own engagement only");
            assertFalse(ana.get("/engagements").body().contains("Ben's Client"));
            JsonNode untouched = json(ben.get("/api/engagements/" + bens));
            assertEquals(1, untouched.get("respondents").size(), "no respondent was added to Ben's engagement");
            assertEquals(0, untouched.get("respondents").get(0).get("answered").asInt(), "no answer was saved");
            assertFalse(untouched.get("respondents").get(0).get("has_link").asBoolean(), "no link was made");
            assertTrue(json(ben.get("/api/engagements")).get("engagements").size() == 1, "no round was started");

            // Shared, the same routes open to the other consultant.
            assertEquals(303, ben.postForm("/engagements/" + bens + "/share", Map.of("email", ana.email())).statusCode());
            assertEquals(200, ana.get("/engagements/" + bens).statusCode());
            assertEquals(200, ana.get("/engagements/" + bens + "/respondents/" + bensSeller + "/interview").statusCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void withoutASessionEveryProtectedRouteAnswers401OrSendsTheBrowserToSignIn(String db, Supplier<Database> open)
            throws Exception {
        try (TestServer server = TestServer.on(open)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Ana's Client");
            String respondent = ana.addRespondent(engagement, "Tomas", "sales_leader");
            Consultant nobody = Consultant.anonymous(server);
            List<String> all = new ArrayList<>(ENGAGEMENT_ROUTES);
            all.addAll(OTHER_PROTECTED);
            all.addAll(ACCOUNT_ROUTES);
            for (String route : all) {
                HttpResponse<String> response = call(nobody, route, engagement, respondent);
                if (route.contains(" /api/")) {
                    assertEquals(401, response.statusCode(), route);
                } else {
                    assertEquals(303, response.statusCode(), route);
                    assertTrue(location(response).startsWith("/login"), route + " -> " + location(response));
                }
            }
            assertEquals(0, json(ana.get("/api/engagements/" + engagement)).get("respondents").get(0).get("answered").asInt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangeFromAnotherSiteOrWithoutTheCsrfTokenIs403AndChangesNothing(String db, Supplier<Database> open)
            throws Exception {
        try (TestServer server = TestServer.on(open)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Ana's Client");
            String respondent = ana.addRespondent(engagement, "Tomas", "sales_leader");
            String add = "/engagements/" + engagement + "/respondents";

            HttpResponse<String> foreign = ana.send(ana.formRequest(add, Map.of("name", "Planted", "role", "seller"))
                    .header("Origin", "https://evil.example"));
            assertEquals(403, foreign.statusCode());
            assertEquals(403, ana.postForm(add, Map.of("name", "Planted", "role", "seller"), false).statusCode());
            assertEquals(403, ana.postForm("/engagements/" + engagement + "/rounds", Map.of(), false).statusCode());
            HttpResponse<String> noHeader = ana.send(ana.request("/api/engagements/" + engagement + "/respondents/" + respondent
                    + "/answers/" + QUESTION).header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"value\":\"no\"}")));
            assertEquals(403, noHeader.statusCode(), "a script's save without X-CSRF-Token");
            JsonNode after = json(ana.get("/api/engagements/" + engagement));
            assertEquals(1, after.get("respondents").size(), "no respondent was planted");
            assertEquals(0, after.get("respondents").get(0).get("answered").asInt(), "no answer was saved");
            assertEquals(1, json(ana.get("/api/engagements")).get("engagements").size(), "no round was started");
            assertEquals(303, ana.postForm(add, Map.of("name", "Aiko", "role", "seller")).statusCode(), "with the token it works");
        }
    }

    /**
     * The route lists above are checked against the server's own: every route registered under a protected prefix
     * is tried by these tests or declared public with a reason, and every route the lists name exists. HEAD is
     * GET's twin (server.Routes registers both), so trying GET covers it.
     */
    @org.junit.jupiter.api.Test
    void everyRouteUnderAProtectedPrefixIsTriedOrDeclaredPublic() {
        try (TestServer server = TestServer.embedded(data.resolve("routes-" + UUID.randomUUID()))) {
            Map<String, java.util.Set<io.javalin.security.RouteRole>> registered = server.routes();
            java.util.Set<String> tried = new java.util.TreeSet<>();
            Stream.of(ENGAGEMENT_ROUTES, OTHER_PROTECTED, ACCOUNT_ROUTES).flatMap(List::stream).map(EngagementAccessTest::shape)
                    .forEach(tried::add);
            java.util.Set<String> open = new java.util.TreeSet<>();
            DECLARED_PUBLIC.keySet().stream().map(EngagementAccessTest::shape).forEach(open::add);
            List<String> problems = new ArrayList<>();
            java.util.Set<String> seen = new java.util.TreeSet<>();
            registered.forEach((route, roles) -> {
                String path = route.split(" ", 2)[1];
                if (PROTECTED_PREFIXES.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                    return;
                }
                String shape = shape(route.startsWith("HEAD ") ? "GET " + path : route);
                seen.add(shape);
                boolean anyone = roles.contains(com.salesdx.server.Role.ANYONE);
                if (anyone && !open.contains(shape)) {
                    problems.add(route + " is open to anyone but not in DECLARED_PUBLIC (say why it may be, or give it a role)");
                } else if (!anyone && !tried.contains(shape)) {
                    problems.add(route + " is not tried by the access tests: add it to ENGAGEMENT_ROUTES (takes an engagement id), "
                            + "OTHER_PROTECTED or ACCOUNT_ROUTES");
                }
            });
            tried.stream().filter(t -> !seen.contains(t)).forEach(t -> problems.add(t + " is tried but no longer registered"));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertTrue(seen.size() >= ENGAGEMENT_ROUTES.size() + ACCOUNT_ROUTES.size(), "the walk found the routes: " + seen);
        }
    }

    /** "GET /engagements/{id}" and "GET /engagements/{e}" are the same route: parameter names are dropped. */
    static String shape(String route) {
        return route.replaceAll("\\{[^}]+\\}", "{}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPrivateLinkOpensItsOwnInterviewAndNothingElse(String db, Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Ana's Client");
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            String tomas = ana.addRespondent(engagement, "Tomas", "sales_leader");
            String priyasLink = ana.privateLink(engagement, priya);
            Consultant respondent = Consultant.anonymous(server);

            HttpResponse<String> page = respondent.get(priyasLink);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("data-api=\"/api" + priyasLink + "\""), "the screen saves through the link");
            assertEquals("private, no-store", page.headers().firstValue("Cache-Control").orElse(""));
            assertFalse(page.body().contains("/engagements/"), "the respondent's page names no engagement address");
            HttpResponse<String> saved = respondent.json("PUT", "/api" + priyasLink + "/answers/" + QUESTION,
                    "{\"value\":\"no\",\"note\":\"We never meet about the pipeline\"}");
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(1, json(saved).get("answered").asInt());

            JsonNode priyas = json(ana.get("/api/engagements/" + engagement + "/respondents/" + priya + "/interview"));
            assertEquals(false, priyas.get("answers").get(QUESTION).get("value").asBoolean());
            assertEquals(0, json(ana.get("/api/engagements/" + engagement + "/respondents/" + tomas + "/interview"))
                    .get("answered").asInt(), "the other respondent's interview is untouched");

            // The link reaches nothing else: not the engagement, not the other respondent, not the public interview routes.
            assertEquals(303, respondent.get("/engagements/" + engagement).statusCode());
            assertEquals(401, respondent.get("/api/engagements/" + engagement + "/respondents/" + tomas + "/interview")
                    .statusCode());
            String interviewId = server.engagements().respondent(server.engagements().find(engagement).orElseThrow(), priya)
                    .orElseThrow().interviewId();
            assertEquals(404, respondent.get("/interviews/" + interviewId).statusCode(), "not by its interview id either");
            assertEquals(404, respondent.get("/api/interviews/" + interviewId).statusCode());
            assertEquals(404, respondent.json("PUT", "/api/interviews/" + interviewId + "/answers/" + QUESTION,
                    "{\"value\":\"yes\"}").statusCode());
            assertEquals(404, respondent.json("POST", "/api/interviews/" + interviewId + "/finish", null).statusCode());
            assertEquals(404, respondent.get("/r/" + "A".repeat(43)).statusCode(), "a made-up link");
            assertEquals(404, respondent.get("/r/short").statusCode());

            String replaced = ana.privateLink(engagement, priya);
            assertEquals(404, respondent.get(priyasLink).statusCode(), "a replaced link stops working");
            assertEquals(200, respondent.get(replaced).statusCode());
            assertTrue(respondent.get(replaced).body().contains("We never meet about the pipeline"), "and resumes her answers");
        }
    }
}
