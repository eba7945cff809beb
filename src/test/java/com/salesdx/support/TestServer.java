package com.salesdx.support;

import com.salesdx.accounts.AccountService;
import com.salesdx.accounts.AccountSettings;
import com.salesdx.interview.FinishedInterviews;
import com.salesdx.live.LiveRules;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.server.Features;
import com.salesdx.server.HealthInfo;
import com.salesdx.server.SalesdxServer;
import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.InterviewStore;
import com.salesdx.store.RuleVersionStore;
import com.salesdx.web.engagements.EngagementRoutes;
import com.salesdx.web.engagements.EngagementService;
import com.salesdx.web.live.LiveRulesRoutes;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/** The real application on a free port, over a real database, for tests that speak HTTP to it. */
public final class TestServer implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Database database;
    private final Javalin app;
    private final AccountService accounts;
    private final EngagementService engagements;

    private TestServer(Database database, AccountSettings settings) {
        this(database, settings, new RuleBaseHolder(ProjectFiles.shippedRuleBase()), null, null);
    }

    private TestServer(Database database, AccountSettings settings, RuleBaseHolder rules, LiveRules live, Path candidates) {
        this.database = database;
        this.accounts = new AccountService(database, settings);
        DiagnosisService diagnoses = new DiagnosisService(rules, new DiagnosisStore(database));
        InterviewService interviews = new InterviewService(new InterviewStore(database), diagnoses,
                new FinishedInterviews(database.jdbi()));
        this.engagements = new EngagementService(database, interviews, diagnoses);
        this.app = SalesdxServer.create(diagnoses, interviews, accounts, new HealthInfo(rules, database::isAvailable),
                SalesdxServer.DEFAULT_HOST, new Features(live == null ? null : new LiveRulesRoutes(live, new RuleVersionStore(database)),
                        new EngagementRoutes(engagements), ProjectFiles.KB,
                        candidates != null ? candidates : Features.besideOf(ProjectFiles.KB))).start("127.0.0.1", 0);
    }

    public static TestServer embedded(Path dataDir) {
        return new TestServer(Database.embedded(dataDir), AccountSettings.DEFAULT);
    }

    /** The application serving the rules of {@code live} (status and history API included) over {@code database}. */
    public static TestServer live(Database database, LiveRules live) {
        return new TestServer(database, AccountSettings.DEFAULT, live.holder(), live, null);
    }

    /** The shipped rules, with the rules page comparing the candidates in {@code candidates}. */
    public static TestServer withCandidates(Database database, Path candidates) {
        return new TestServer(database, AccountSettings.DEFAULT, new RuleBaseHolder(ProjectFiles.shippedRuleBase()), null, candidates);
    }

    public static TestServer on(Supplier<Database> database) {
        return new TestServer(database.get(), AccountSettings.DEFAULT);
    }

    /** With session and sign-in limits of the test's choosing (short ones, to watch them expire). */
    public static TestServer on(Supplier<Database> database, AccountSettings settings) {
        return new TestServer(database.get(), settings);
    }

    /** The accounts of the server's database, to create the ones a test signs in with. */
    public AccountService accounts() {
        return accounts;
    }

    /** The engagements of the server's database, to load the demo engagement a test starts from. */
    public EngagementService engagements() {
        return engagements;
    }

    /**
     * Every HTTP route the server registered ("GET /engagements/{id}"), with the roles it declares: read from
     * Javalin's router (Javalin 7 keeps the endpoints it will match in {@code unsafe.internalRouter}), so a test
     * walking them sees a route the moment someone adds it.
     */
    public java.util.Map<String, java.util.Set<io.javalin.security.RouteRole>> routes() {
        java.util.Map<String, java.util.Set<io.javalin.security.RouteRole>> routes = new java.util.TreeMap<>();
        for (io.javalin.router.ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            io.javalin.router.Endpoint endpoint = parsed.endpoint;
            io.javalin.security.Roles roles = endpoint.metadata(io.javalin.security.Roles.class);
            routes.put(endpoint.method.name() + " " + endpoint.path, roles == null ? java.util.Set.of() : roles.getRoles());
        }
        return routes;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public int port() {
        return app.port();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Starts an interview through the API (body as POST /api/interviews takes it) and returns its id. */
    public String startInterview(String json) throws IOException, InterruptedException {
        HttpResponse<String> created = post("/api/interviews", json);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("starting an interview answered " + created.statusCode() + ": " + created.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("id").asText();
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
