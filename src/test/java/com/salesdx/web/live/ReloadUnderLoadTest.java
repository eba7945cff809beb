package com.salesdx.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.live.LiveRules;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.service.DiagnosisService;
import com.salesdx.store.Database;
import com.salesdx.store.RuleVersionStore;
import com.salesdx.support.LiveFolder;
import com.salesdx.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proof: reloads, valid and refused in turn, while 8 clients diagnose over HTTP. */
class ReloadUnderLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "Strategy: many segments pursued at once before the profile is proven spreads the team thin";
    private static final int CLIENTS = 8;
    private static final int CYCLES = 3;

    @TempDir
    Path temp;

    @Test
    void everyRequestSucceedsAndEveryResultComesWhollyFromOneVersion() throws Exception {
        LiveFolder folder = new LiveFolder(temp.resolve("files"));
        Map<String, Object> answers = LiveFolder.growthCompany();
        String original = folder.read("rules/strategy.drl");
        String withoutRule = folder.without("rules/strategy.drl", RULE);
        String broken = original + "\nrule \"Broken\"\nwhen\n    YesNo(\nthen\nend\n";
        // What each version must answer, from a build of its own files: findings in order, per version.
        Map<String, List<String>> expected = new ConcurrentHashMap<>();
        expected.put(folder.version(), findings(RuleBaseBuilder.build(folder.rules, folder.kb), answers));
        folder.write("rules/strategy.drl", withoutRule);
        expected.put(folder.version(), findings(RuleBaseBuilder.build(folder.rules, folder.kb), answers));
        folder.write("rules/strategy.drl", original);
        assertEquals(2, expected.size());
        assertNotEquals(expected.values().stream().toList().get(0), expected.values().stream().toList().get(1));

        String body = JSON.writeValueAsString(answers);
        try (Database database = Database.embedded(temp.resolve("data"));
                LiveRules live = folder.start(new RuleVersionStore(database));
                TestServer server = TestServer.live(database, live)) {
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
            AtomicInteger requests = new AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread client = new Thread(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> response = server.post("/api/diagnoses", body);
                            requests.incrementAndGet();
                            if (response.statusCode() != 201) {
                                failures.add(response.statusCode() + " " + response.body());
                                continue;
                            }
                            JsonNode diagnosis = JSON.readTree(response.body()).get("diagnosis");
                            String version = diagnosis.get("version").asText();
                            List<String> ids = new ArrayList<>();
                            diagnosis.get("findings").forEach(f -> ids.add(f.get("id").asText()));
                            versionsSeen.add(version);
                            if (!ids.equals(expected.get(version))) {
                                failures.add("version " + version + " answered " + ids);
                            }
                            String id = JSON.readTree(response.body()).get("id").asText();
                            String stored = JSON.readTree(server.get("/api/diagnoses/" + id).body()).get("rules_version").asText();
                            if (!stored.equals(version)) {
                                failures.add("stored with " + stored + " but diagnosed with " + version);
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                for (String valid : List.of(withoutRule, original)) {
                    folder.write("rules/strategy.drl", valid);
                    folder.awaitLive(live);
                    Instant saved = Instant.now();
                    folder.write("rules/strategy.drl", broken);
                    folder.awaitRejected(live, saved);
                }
            }
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
            assertTrue(failures.isEmpty(), failures.size() + " failures of " + requests.get() + ", first: " + failures.peek());
            assertEquals(expected.keySet(), versionsSeen, "both versions served during the run");
            assertTrue(requests.get() > CLIENTS * 4, "requests: " + requests.get());
        }
    }

    private static List<String> findings(RuleBase ruleBase, Map<String, Object> answers) {
        Diagnosis diagnosis = new DiagnosisService(new RuleBaseHolder(ruleBase), null).preview(answers);
        return diagnosis.findings().stream().map(Diagnosis.FindingResult::id).toList();
    }
}
