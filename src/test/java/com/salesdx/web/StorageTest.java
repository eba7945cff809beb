package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.store.DataDirectoryInUseException;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.Interview;
import com.salesdx.store.InterviewStore;
import com.salesdx.store.StoredAnswer;
import com.salesdx.store.StoredDiagnosis;
import com.salesdx.support.Postgres;
import com.salesdx.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same storage behaviour on the embedded database and on PostgreSQL; a database outage answered 503 and recovered from. */
class StorageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CEO_ANSWERS = "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\"}}";

    @TempDir
    static Path data;

    static Stream<Arguments> databases() {
        Supplier<Database> h2 = () -> Database.embedded(data.resolve("h2"));
        Supplier<Database> postgres = () -> Database.server(Postgres.url());
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStoredDiagnosisReadsBackWithItsAnswersAndRulesVersion(String name, Supplier<Database> open) {
        try (Database database = open.get()) {
            DiagnosisStore store = new DiagnosisStore(database);
            StoredDiagnosis saved = store.save("ceo", "{\"answers\":{}}",
                    "{\"findings\":[],\"note\":\"écrit · 5\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "abc123abc123", null);
            StoredDiagnosis found = store.find(saved.id()).orElseThrow();
            assertEquals(saved, found);
            assertTrue(store.find("AAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void interviewAnswersAreReplacedClearedAndKeptApartFromDontKnow(String name, Supplier<Database> open) {
        try (Database database = open.get()) {
            InterviewStore store = new InterviewStore(database);
            Interview interview = store.create("consultant", "Acme", null, "VP", null,
                    List.of(new StoredAnswer("strategy.icp_exists", false, false, null)));
            store.save(interview.id(), new StoredAnswer("strategy.icp_exists", true, false, "changed their mind"));
            store.save(interview.id(), new StoredAnswer("process.forecast_accuracy", null, true, null));
            store.save(interview.id(), new StoredAnswer("process.crm_stages", 9, false, null));
            store.clear(interview.id(), "process.crm_stages");
            Map<String, StoredAnswer> answers = store.answers(interview.id());
            assertEquals(new StoredAnswer("strategy.icp_exists", true, false, "changed their mind"), answers.get("strategy.icp_exists"));
            assertEquals(new StoredAnswer("process.forecast_accuracy", null, true, null), answers.get("process.forecast_accuracy"));
            assertEquals(2, answers.size());
            assertTrue(store.find(interview.id()).orElseThrow().updatedAt().compareTo(interview.createdAt()) >= 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anInterviewReadsBackWithItsEngagementClientAndRespondentOrWithoutThem(String name, Supplier<Database> open) {
        try (Database database = open.get()) {
            InterviewStore store = new InterviewStore(database);
            Interview named = store.create("consultant", "Q3 sales review", "Acme Logistics", "Dana Reyes", null, List.of());
            Interview anonymous = store.create("consultant", null, null, null, null, List.of());
            Interview found = store.find(named.id()).orElseThrow();
            assertEquals(List.of("Q3 sales review", "Acme Logistics", "Dana Reyes"),
                    List.of(found.title(), found.client(), found.respondent()));
            Interview foundAnonymous = store.find(anonymous.id()).orElseThrow();
            assertTrue(foundAnonymous.client() == null && foundAnonymous.respondent() == null && foundAnonymous.title() == null);
        }
    }

    @Test
    void aStoppedOrFrozenDatabaseFailsEachRequestWithin8sAs503AndTheServerRecoversWhenItIsBack(@TempDir Path dir)
            throws Exception {
        Postgres.Cluster cluster = Postgres.own(dir);
        try (TestServer server = TestServer.on(() -> Database.server(cluster.url()))) {
            String interview = server.startInterview("{\"title\":\"outage\"}");
            String answer = "/api/interviews/" + interview + "/answers/strategy.icp_exists";
            assertEquals(200, server.put(answer, "{\"value\":\"yes\"}").statusCode());

            cluster.stop();
            assertStoreUnavailable(server, answer);
            cluster.start();
            awaitHealthy(server, "stopped");
            assertEquals("true", answerOf(server, interview), "the write refused during the outage was not stored");
            assertEquals(200, server.put(answer, "{\"value\":\"no\"}").statusCode());

            cluster.freeze();
            try {
                assertStoreUnavailable(server, answer);
            } finally {
                cluster.thaw();
            }
            awaitHealthy(server, "frozen");
            assertEquals("false", answerOf(server, interview));
            assertEquals(201, server.post("/api/diagnoses", CEO_ANSWERS).statusCode());
        } finally {
            cluster.destroy();
        }
    }

    private static void assertStoreUnavailable(TestServer server, String answer) throws Exception {
        long began = System.nanoTime();
        for (int i = 0; i < 2; i++) { // the first request finds the dead connection, the next needs a new one
            long start = System.nanoTime();
            HttpResponse<String> put = server.put(answer, "{\"value\":\"no\"}");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, put.statusCode(), put.body());
            assertTrue(JSON.readTree(put.body()).get("error").asText().contains("NOT saved"), put.body());
            assertTrue(millis < 8_000, "a write took " + millis + " ms to fail");
        }
        long start = System.nanoTime();
        HttpResponse<String> diagnosis = server.post("/api/diagnoses", CEO_ANSWERS);
        assertEquals(503, diagnosis.statusCode(), diagnosis.body());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 8_000);
        HttpResponse<String> health = server.get("/api/health");
        assertEquals(503, health.statusCode(), health.body());
        assertEquals("unavailable", JSON.readTree(health.body()).get("store").asText());
        System.out.printf("store outage: two writes, a diagnosis and health answered 503 in %d ms%n",
                (System.nanoTime() - began) / 1_000_000);
    }

    private static void awaitHealthy(TestServer server, String how) throws Exception {
        long began = System.nanoTime();
        long deadline = System.nanoTime() + 30_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline && (status = server.get("/api/health").statusCode()) != 200) {
            Thread.sleep(200);
        }
        assertEquals(200, status, "the server did not recover within 30 s of the database coming back");
        System.out.printf("store outage (%s): healthy again %d ms after the database came back%n", how,
                (System.nanoTime() - began) / 1_000_000);
    }

    private static String answerOf(TestServer server, String interview) throws Exception {
        return JSON.readTree(server.get("/api/interviews/" + interview).body()).path("answers").path("strategy.icp_exists")
                .path("value").asText();
    }

    @Test
    void healthShowsOnlyStatusAndVersions(@TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.embedded(dir)) {
            HttpResponse<String> health = server.get("/api/health");
            assertEquals(200, health.statusCode());
            assertEquals(List.of("status", "store", "rules", "rules_version"), List.copyOf(
                    iterable(JSON.readTree(health.body()).fieldNames())));
            assertTrue(!health.body().contains(dir.toString()) && !health.body().contains("H2"), health.body());
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryFailsFastAndTheFirstKeepsServing(@TempDir Path dir) throws Exception {
        try (TestServer first = TestServer.embedded(dir)) {
            DataDirectoryInUseException error = assertThrows(DataDirectoryInUseException.class, () -> Database.embedded(dir));
            assertTrue(error.getMessage().contains("is in use by another salesdx server"), error.getMessage());
            assertEquals(201, first.post("/api/diagnoses", "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\"}}")
                    .statusCode());
        }
    }
}
