package com.salesdx.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.live.LiveRules;
import com.salesdx.store.Database;
import com.salesdx.store.RuleVersionStore;
import com.salesdx.support.ConsultantClient;
import com.salesdx.support.LiveFolder;
import com.salesdx.support.Postgres;
import com.salesdx.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRulesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "Strategy: many segments pursued at once before the profile is proven spreads the team thin";

    @TempDir
    Path temp;

    @Test
    void statusShowsTheLiveVersionAndTheLastRefusedEditWithFileAndLineToThisMachineOnly() throws Exception {
        LiveFolder folder = new LiveFolder(temp.resolve("files"));
        try (Database database = Database.embedded(temp.resolve("data"));
                LiveRules live = folder.start(new RuleVersionStore(database));
                TestServer server = TestServer.live(database, live)) {
            JsonNode status = json(server.get("/api/rules/status").body());
            assertEquals("live", status.get("state").asText());
            assertEquals(folder.version(), status.get("version").asText());
            assertEquals(live.holder().current().rules().size(), status.get("rules").asInt());
            assertTrue(status.get("build_ms").asLong() > 0);
            assertTrue(status.get("last_rejected").isNull());

            Instant saved = Instant.now();
            folder.write("rules/strategy.drl", folder.read("rules/strategy.drl") + "\nrule \"Broken\"\nwhen\n    YesNo(\nthen\nend\n");
            folder.awaitRejected(live, saved);

            status = json(server.get("/api/rules/status").body());
            assertEquals("edit_rejected", status.get("state").asText());
            JsonNode error = status.get("last_rejected").get("errors").get(0);
            assertEquals("rules/strategy.drl", error.get("file").asText());
            assertTrue(error.get("line").asInt() > 200, error.toString());
            assertFalse(error.get("message").asText().isBlank());

            JsonNode proxied = json(server.send(HttpRequest.newBuilder(URI.create(server.url("/api/rules/status")))
                    .header("X-Forwarded-For", "203.0.113.9").GET()).body());
            assertEquals(1, proxied.get("last_rejected").get("problem_count").asInt());
            assertFalse(proxied.get("last_rejected").has("errors"), "details stay on the server's machine: " + proxied);
            assertFalse(proxied.toString().contains("strategy.drl"));
        }
    }

    @Test
    void aRefusedEditsErrorsReachASignedInConsultantAnywhereAndTheRulesPageButNotAnAnonymousRemoteClient() throws Exception {
        LiveFolder folder = new LiveFolder(temp.resolve("files"));
        try (Database database = Database.embedded(temp.resolve("data"));
                LiveRules live = folder.start(new RuleVersionStore(database));
                TestServer server = TestServer.live(database, live)) {
            ConsultantClient consultant = ConsultantClient.signedIn(server);
            assertFalse(consultant.get("/rules").body().contains("refused-edit"), "no edit refused yet");
            Instant saved = Instant.now();
            folder.write("rules/strategy.drl", folder.read("rules/strategy.drl") + "\nrule \"Broken\"\nwhen\n    YesNo(\nthen\nend\n");
            folder.awaitRejected(live, saved);
            int line = live.lastRejection().orElseThrow().problems().get(0).line();

            JsonNode remoteConsultant = json(consultant.get("/api/rules/status", "X-Forwarded-For", "203.0.113.9").body());
            JsonNode error = remoteConsultant.get("last_rejected").get("errors").get(0);
            assertEquals("rules/strategy.drl", error.get("file").asText(), remoteConsultant.toString());
            assertEquals(line, error.get("line").asInt());
            assertFalse(remoteConsultant.has("details"), "nothing hidden from a consultant: " + remoteConsultant);
            JsonNode remoteHistory = json(consultant.get("/api/rules/history", "X-Forwarded-For", "203.0.113.9").body());
            assertTrue(remoteHistory.get("versions").get(0).has("changes"), remoteHistory.toString());

            JsonNode anonymous = json(server.send(HttpRequest.newBuilder(URI.create(server.url("/api/rules/status")))
                    .header("X-Forwarded-For", "203.0.113.9").GET()).body());
            assertEquals(1, anonymous.get("last_rejected").get("problem_count").asInt());
            assertFalse(anonymous.get("last_rejected").has("errors"), anonymous.toString());
            assertFalse(anonymous.toString().contains("strategy.drl"));
            assertTrue(anonymous.get("details").asText().contains("signed-in consultants"), anonymous.toString());

            String page = consultant.get("/rules", "X-Forwarded-For", "203.0.113.9").body();
            assertTrue(page.contains("The last edit was refused"), page);
            assertTrue(page.contains("rules/strategy.drl:" + line), page);
        }
    }

    @Test
    void historyListsEveryVersionThatWentLiveWithTheFilesItChanged() throws Exception {
        LiveFolder folder = new LiveFolder(temp.resolve("files"));
        try (Database database = Database.embedded(temp.resolve("data"));
                LiveRules live = folder.start(new RuleVersionStore(database));
                TestServer server = TestServer.live(database, live)) {
            String first = folder.version();
            folder.write("rules/strategy.drl", folder.without("rules/strategy.drl", RULE));
            folder.awaitLive(live);
            LiveFolder.await(() -> history(server).size() == 2, "the second version in the history");

            JsonNode versions = history(server);
            assertEquals(folder.version(), versions.get(0).get("version").asText());
            assertEquals("changed", versions.get(0).get("changes").get("rules/strategy.drl").asText());
            assertEquals(1, versions.get(0).get("changes").size());
            assertEquals(first, versions.get(1).get("version").asText());
            assertEquals(1, json(server.get("/api/rules/history?limit=1").body()).get("versions").size());

            var bad = server.get("/api/rules/history?limit=lots");
            assertEquals(400, bad.statusCode());
            assertEquals("limit", json(bad.body()).get("field").asText());
        }
    }

    @Test
    void theHistorySurvivesARestartOnH2() throws Exception {
        historySurvivesARestart(() -> Database.embedded(temp.resolve("data")));
    }

    @Test
    void theHistorySurvivesARestartOnPostgres() throws Exception {
        historySurvivesARestart(() -> Database.server(Postgres.url()));
    }

    private void historySurvivesARestart(Supplier<Database> store) throws Exception {
        LiveFolder folder = new LiveFolder(temp.resolve("files"));
        try (Database database = store.get(); LiveRules live = folder.start(new RuleVersionStore(database))) {
            folder.write("rules/strategy.drl", folder.without("rules/strategy.drl", RULE));
            folder.awaitLive(live);
            String edited = folder.version();
            LiveFolder.await(() -> new RuleVersionStore(database).latest().map(v -> v.version().equals(edited)).orElse(false),
                    "the edit in the history");
        }
        try (Database database = store.get()) {
            RuleVersionStore history = new RuleVersionStore(database);
            int before = history.newestFirst(500).size();
            try (LiveRules live = folder.start(history)) {
                assertEquals(folder.version(), history.latest().orElseThrow().version(), "read back after the restart");
                assertEquals(before, history.newestFirst(500).size(), "a restart on the same files is not a new version");
            }
        }
    }

    private static JsonNode history(TestServer server) {
        try {
            return json(server.get("/api/rules/history").body()).get("versions");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
