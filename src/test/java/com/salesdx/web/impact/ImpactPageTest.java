package com.salesdx.web.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.store.Database;
import com.salesdx.support.ConsultantClient;
import com.salesdx.support.LiveFolder;
import com.salesdx.support.ProjectFiles;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Impact of a candidate folder on the rules page, over HTTP, on a real embedded store with known diagnoses. */
class ImpactPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANNEL_ROW = "Compensation: sellers who work through partners";
    private static final String CHANNEL_FINDING = "compensation.commission-only-channel";

    @TempDir
    Path temp;

    @Test
    void aCandidateThatChangesOneTableRowListsExactlyTheDiagnosesItChangesSummaryFirst() throws Exception {
        Path candidates = temp.resolve("candidates");
        channelRowChanged(candidates.resolve("pay-channel"));
        try (Database database = Database.embedded(temp.resolve("data"));
                TestServer server = TestServer.withCandidates(database, candidates)) {
            String channel = store(server, Map.of("context.sales_motion", "channel", "compensation.model", "commission_only"));
            String transactional = store(server, Map.of("context.sales_motion", "transactional", "compensation.model", "base_commission"));
            String complex = store(server, Map.of("context.sales_motion", "complex_b2b", "compensation.model", "commission_only"));
            ConsultantClient consultant = ConsultantClient.signedIn(server);
            String rules = consultant.get("/rules").body();
            assertTrue(rules.contains("href=\"/rules/impact/pay-channel\""), "the rules page lists the candidate");

            HttpResponse<String> started = consultant.postForm("/rules/impact/pay-channel", Map.of(), true);
            assertEquals(303, started.statusCode(), started.body());
            assertEquals("/rules/impact/pay-channel", started.headers().firstValue("Location").orElse(""));
            JsonNode run = awaitOver(consultant, "pay-channel");

            assertEquals("done", run.get("state").asText(), run.toString());
            JsonNode summary = run.get("summary");
            JsonNode stored = summary.get("compared").get(0);
            assertEquals("stored diagnoses", stored.get("kind").asText());
            assertEquals(1, stored.get("changed").asInt(), "only the channel sale paid on commission only changes: " + summary);
            assertEquals(3, stored.get("of").asInt());
            assertEquals(CHANNEL_FINDING, summary.get("findings_removed").get(0).get("item").asText());
            assertEquals(1, summary.get("findings_removed").size(), summary.toString());
            assertEquals(0, summary.get("findings_added").size(), summary.toString());
            List<String> storedDetails = new ArrayList<>();
            for (JsonNode detail : summary.get("details")) {
                if (detail.get("kind").asText().equals("stored diagnosis")) {
                    storedDetails.add(detail.get("id").asText());
                    assertEquals(List.of(CHANNEL_FINDING), texts(detail.get("removed")));
                    assertEquals(List.of(), texts(detail.get("added")));
                }
            }
            assertEquals(List.of(channel), storedDetails, "exactly the one stored diagnosis that changed");
            // The candidate comes without a knowledge base, so the live scenario that needs the row now fails.
            assertTrue(summary.get("newly_failing").toString().contains("compensation-commission-only-channel.yaml"), summary.toString());

            String page = consultant.get("/rules/impact/pay-channel").body();
            assertFalse(page.contains("http-equiv=\"refresh\""), "a finished run stops refreshing");
            assertTrue(page.indexOf("Summary") < page.indexOf("Each diagnosis that changed"), "summary first");
            assertTrue(page.contains("1 of 3 changed"), page);
            assertTrue(page.contains("stored diagnosis " + channel), page);
            assertTrue(page.matches("(?s).*\\(consultant questionnaire, \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC\\).*"),
                    "which diagnosis it is, in words a person reads: " + page);
            assertFalse(page.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), "no raw timestamp");
            assertFalse(page.contains(transactional) || page.contains(complex), "unchanged diagnoses are not listed");
            assertTrue(page.contains("Newly failing"), page);
        }
    }

    @Test
    void aCandidateThatDoesNotCompileShowsItsErrorsWithFileAndLineAndComparesNothing() throws Exception {
        Path candidates = temp.resolve("candidates");
        Path broken = candidates.resolve("broken");
        ProjectFiles.copyTree(ProjectFiles.RULES, broken.resolve("rules"));
        Path strategy = broken.resolve("rules/strategy.drl");
        Files.writeString(strategy, Files.readString(strategy) + "\nrule \"Broken\"\nwhen\n    YesNo(\nthen\nend\n");
        try (Database database = Database.embedded(temp.resolve("data"));
                TestServer server = TestServer.withCandidates(database, candidates)) {
            ConsultantClient consultant = ConsultantClient.signedIn(server);
            assertEquals(303, consultant.postForm("/rules/impact/broken", Map.of(), true).statusCode());

            JsonNode run = awaitOver(consultant, "broken");

            assertEquals("broken", run.get("state").asText(), run.toString());
            assertTrue(run.get("summary").isNull(), "nothing was compared");
            JsonNode error = run.get("errors").get(0);
            assertEquals("rules/strategy.drl", error.get("file").asText(), "named as in the candidate, not by its place on the server");
            int line = error.get("line").asInt();
            assertTrue(line > 200, error.toString());
            String page = consultant.get("/rules/impact/broken").body();
            assertTrue(page.contains("The candidate does not build"), page);
            assertTrue(page.contains("rules/strategy.drl:" + line), page);
            assertFalse(page.contains(temp.toString()), "the server's own paths stay on the server");
        }
    }

    @Test
    void aNameTheCandidateFolderDoesNotListIsNotFoundSoNoPathIsFollowed() throws Exception {
        Path candidates = temp.resolve("candidates");
        Files.createDirectories(candidates.resolve("listed/rules"));
        // A folder with rules beside the candidate folder: reachable only by a path, which is never accepted.
        Files.createDirectories(temp.resolve("outside/rules"));
        try (Database database = Database.embedded(temp.resolve("data"));
                TestServer server = TestServer.withCandidates(database, candidates)) {
            ConsultantClient consultant = ConsultantClient.signedIn(server);
            assertEquals(200, consultant.get("/rules/impact/listed").statusCode());
            assertEquals(404, consultant.get("/rules/impact/unknown").statusCode());
            assertEquals(404, consultant.get("/api/rules/impact/unknown").statusCode());
            assertEquals(404, consultant.postForm("/rules/impact/unknown", Map.of(), true).statusCode());
            // Paths are refused, by the server (400 for an encoded separator) or as names nobody listed (404).
            for (String name : List.of("..%2Foutside", "%2E%2E", "listed%2F..%2F..%2Foutside", "..")) {
                assertTrue(List.of(400, 404).contains(consultant.get("/api/rules/impact/" + name).statusCode()), name);
                assertTrue(List.of(400, 404).contains(consultant.postForm("/rules/impact/" + name, Map.of(), true).statusCode()), name);
            }
            assertEquals("not_run", consultant.getJson("/api/rules/impact/listed").get("state").asText(), "nothing was started");
        }
    }

    @Test
    void startingARunNeedsASignedInConsultantAndTheSessionsCsrfToken() throws Exception {
        Path candidates = temp.resolve("candidates");
        Files.createDirectories(candidates.resolve("listed/rules"));
        try (Database database = Database.embedded(temp.resolve("data"));
                TestServer server = TestServer.withCandidates(database, candidates)) {
            assertEquals(401, server.get("/api/rules/impact/listed").statusCode());
            assertEquals(303, server.get("/rules/impact/listed").statusCode(), "a page sends the visitor to sign in");
            ConsultantClient consultant = ConsultantClient.signedIn(server);
            assertEquals(403, consultant.postForm("/rules/impact/listed", Map.of(), false).statusCode());
            assertEquals("not_run", consultant.getJson("/api/rules/impact/listed").get("state").asText());
        }
    }

    @Test
    void oneRunAtATimeAndTheRunningPageRefreshesItself() throws Exception {
        Path candidates = temp.resolve("candidates");
        channelRowChanged(candidates.resolve("first"));
        channelRowChanged(candidates.resolve("second"));
        try (Database database = Database.embedded(temp.resolve("data"));
                TestServer server = TestServer.withCandidates(database, candidates)) {
            ConsultantClient consultant = ConsultantClient.signedIn(server);
            assertEquals(303, consultant.postForm("/rules/impact/first", Map.of(), true).statusCode());
            // Compiling a candidate's few hundred rules takes seconds: the first run is still under way.
            String running = consultant.get("/rules/impact/first").body();
            assertTrue(running.contains("http-equiv=\"refresh\""), running);
            assertTrue(running.contains("Under way"), running);
            HttpResponse<String> second = consultant.postForm("/rules/impact/second", Map.of(), true);
            assertEquals(409, second.statusCode(), second.body());
            assertTrue(second.body().contains("an impact run for &quot;first&quot; is under way"), second.body());
            assertEquals(303, consultant.postForm("/rules/impact/first", Map.of(), true).statusCode(),
                    "asking again for the run under way shows it");

            assertEquals("done", awaitOver(consultant, "first").get("state").asText());
            assertEquals(303, consultant.postForm("/rules/impact/second", Map.of(), true).statusCode(), "free again once over");
            assertEquals("done", awaitOver(consultant, "second").get("state").asText());
        }
    }

    /** A candidate with only rules: the live rules with the channel row looking at salary plus bonus. */
    private static void channelRowChanged(Path candidate) throws IOException {
        ProjectFiles.copyTree(ProjectFiles.RULES, candidate.resolve("rules"));
        Path table = candidate.resolve("rules/compensation-fit.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(table));
        rows.replaceAll(row -> row.startsWith(CHANNEL_ROW) ? row.replace(",commission_only,channel,", ",salary_bonus,channel,") : row);
        assertTrue(rows.stream().anyMatch(row -> row.startsWith(CHANNEL_ROW) && row.contains("salary_bonus")));
        Files.write(table, rows);
    }

    private static String store(TestServer server, Map<String, Object> answers) throws Exception {
        HttpResponse<String> created = server.post("/api/diagnoses",
                JSON.writeValueAsString(Map.of("questionnaire", "consultant", "answers", answers)));
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).get("id").asText();
    }

    private static JsonNode awaitOver(ConsultantClient consultant, String candidate) throws Exception {
        JsonNode[] last = new JsonNode[1];
        LiveFolder.await(() -> {
            try {
                Thread.sleep(200);
                last[0] = consultant.getJson("/api/rules/impact/" + candidate);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return !List.of("building", "comparing").contains(last[0].get("state").asText());
        }, "the impact run of " + candidate + " to end");
        return last[0];
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
