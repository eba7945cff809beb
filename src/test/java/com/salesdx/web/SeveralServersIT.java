package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.Postgres;
import com.salesdx.support.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `salesdx serve` processes (the shaded jar) on one PostgreSQL, as behind a load balancer: what one
 * stores the other reads, concurrent saves to one interview all land with the last write winning, and
 * a server killed with kill -9 mid-load loses nothing it acknowledged.
 */
class SeveralServersIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** Questions of each type, with a valid value. */
    private static final Map<String, String> VALUES = Map.of("strategy.icp_exists", "\"yes\"", "process.exit_criteria", "\"no\"",
            "process.crm_required_fields", "25", "strategy.direction_clarity", "3");
    private static final List<String> QUESTIONS = List.copyOf(new java.util.TreeSet<>(VALUES.keySet()));
    private static final String SHARED = "process.crm_required_fields";

    @TempDir
    Path data;
    private ServerProcess a;
    private ServerProcess b;

    @BeforeEach
    void startTwoServersOnOneDatabase() {
        String db = Postgres.url();
        a = ServerProcess.start(data.resolve("a"), ServerProcess.freePort(), "--db", db);
        b = ServerProcess.start(data.resolve("b"), ServerProcess.freePort(), "--db", db);
    }

    @AfterEach
    void stop() {
        for (ServerProcess server : new ServerProcess[] {a, b}) {
            if (server != null) {
                server.kill();
            }
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void whatOneServerStoresTheOtherReads() throws Exception {
        String interview = createInterview(a, "two servers");
        assertEquals(200, put(a, interview, "strategy.icp_exists", "{\"value\":\"no\",\"note\":\"via a\"}").statusCode());
        JsonNode seenByB = get(b, "/api/interviews/" + interview);
        assertEquals("via a", seenByB.path("answers").path("strategy.icp_exists").path("note").asText());

        HttpResponse<String> created = send(b, "POST", "/api/diagnoses",
                "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\"}}");
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).get("id").asText();
        assertEquals(id, get(a, "/api/diagnoses/" + id).get("id").asText());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void answersSavedToOneInterviewThroughBothAtOnceAreAllKeptAndTheLastWriteWins() throws Exception {
        String interview = createInterview(a, "both at once");
        int rounds = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (ServerProcess server : List.of(a, b)) {
                String name = server == a ? "a" : "b";
                writers.add(pool.submit(() -> {
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < rounds; i++) {
                        // Each server writes its own question (every write must be kept) and one both write.
                        String own = server == a ? "process.exit_criteria" : "strategy.icp_exists";
                        for (String question : List.of(own, SHARED)) {
                            int status = put(server, interview, question, "{\"value\":" + VALUES.get(question)
                                    + ",\"note\":\"" + name + i + "\"}").statusCode();
                            if (status != 200) {
                                problems.add(name + i + " " + question + " -> " + status);
                            }
                        }
                    }
                    return problems;
                }));
            }
            for (Future<List<String>> writer : writers) {
                assertEquals(List.of(), writer.get(3, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode answers = get(b, "/api/interviews/" + interview).path("answers");
        assertEquals("a" + (rounds - 1), answers.path("process.exit_criteria").path("note").asText());
        assertEquals("b" + (rounds - 1), answers.path("strategy.icp_exists").path("note").asText());
        assertTrue(Set.of("a" + (rounds - 1), "b" + (rounds - 1)).contains(
                answers.path(SHARED).path("note").asText()), answers.toString());

        // In order: alternate servers, each write acknowledged before the next; the other server reads the last.
        for (int i = 0; i < 10; i++) {
            ServerProcess writer = i % 2 == 0 ? a : b;
            ServerProcess reader = writer == a ? b : a;
            assertEquals(200, put(writer, interview, SHARED, "{\"value\":" + i + ",\"note\":\"seq" + i + "\"}")
                    .statusCode());
            assertEquals("seq" + i, get(reader, "/api/interviews/" + interview).path("answers")
                    .path(SHARED).path("note").asText());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aServerKilledMidLoadLosesNothingItAcknowledged() throws Exception {
        Map<ServerProcess, String> interviews = Map.of(a, createInterview(a, "load on a"), b, createInterview(b, "load on b"));
        // question -> the last acknowledged note, and the notes sent without an answer (in doubt) after it
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, Set<String>> inDoubt = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger acks = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (ServerProcess server : List.of(a, b)) {
            String interview = interviews.get(server);
            writers.add(pool.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    String question = QUESTIONS.get(i % QUESTIONS.size());
                    String key = interview + " " + question;
                    String note = "n" + i;
                    try {
                        HttpResponse<String> response = put(server, interview, question,
                                "{\"value\":" + VALUES.get(question) + ",\"note\":\"" + note + "\"}");
                        if (response.statusCode() == 200) {
                            acknowledged.put(key, note);
                            inDoubt.remove(key);
                            acks.incrementAndGet();
                        } else {
                            problems.add(key + " " + note + " -> " + response.statusCode() + " " + response.body());
                        }
                    } catch (IOException e) { // the server died with the request in flight
                        inDoubt.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(note);
                        if (!server.isAlive()) {
                            return null;
                        }
                    }
                }
                return null;
            }));
        }
        try {
            awaitAcks(acks, 100);
            a.kill(); // kill -9, mid-load
            int atKill = acks.get();
            awaitAcks(acks, atKill + 50); // b goes on serving
        } finally {
            writing.set(false);
            pool.shutdown();
        }
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> entry : acknowledged.entrySet()) {
            String[] parts = entry.getKey().split(" ");
            String stored = get(b, "/api/interviews/" + parts[0]).path("answers").path(parts[1]).path("note").asText(null);
            Set<String> acceptable = new java.util.HashSet<>(inDoubt.getOrDefault(entry.getKey(), Set.of()));
            acceptable.add(entry.getValue());
            if (!acceptable.contains(stored)) {
                lost.add(entry.getKey() + ": stored " + stored + ", acknowledged " + entry.getValue());
            }
        }
        System.out.printf("several servers: %d answers acknowledged through two servers, one killed with kill -9 mid-load; "
                + "%d in doubt; %d lost%n", acks.get(), inDoubt.values().stream().mapToInt(Set::size).sum(), lost.size());
        assertEquals(List.of(), lost);
        assertEquals(List.of(), problems);
    }

    private static void awaitAcks(AtomicInteger acks, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3); // counted in writes; the cap is for a hang
        while (acks.get() < count && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertTrue(acks.get() >= count, "only " + acks.get() + " acknowledged writes in 3 minutes");
    }

    private static String createInterview(ServerProcess server, String title) throws Exception {
        HttpResponse<String> created = send(server, "POST", "/api/interviews", "{\"title\":\"" + title + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).get("id").asText();
    }

    private static HttpResponse<String> put(ServerProcess server, String interview, String question, String body)
            throws IOException, InterruptedException {
        return send(server, "PUT", "/api/interviews/" + interview + "/answers/" + question, body);
    }

    private static JsonNode get(ServerProcess server, String path) throws Exception {
        HttpResponse<String> response = send(server, "GET", path, null);
        assertEquals(200, response.statusCode(), path + " " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(ServerProcess server, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
