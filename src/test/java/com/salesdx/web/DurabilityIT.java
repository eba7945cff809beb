package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesdx.support.ServerProcess;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar in a child process, killed with kill -9 while clients write: whatever the server
 * acknowledged (201/200) must be there after a restart on the same data directory.
 */
class DurabilityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final AtomicInteger CHECKED_ANSWERS = new AtomicInteger();

    private static final int KILLS = 10;
    private static final int WRITERS = 2;
    /**
     * Each round lets the clients get at least this many writes acknowledged (plus a random few), then kills:
     * the test counts writes, not seconds, so a slow machine proves the same thing, only later.
     */
    private static final int WRITES_PER_ROUND = 20;
    /** A round that cannot get its writes acknowledged by then is cut short: only a broken server is this slow. */
    private static final Duration ROUND_CAP = Duration.ofSeconds(90);
    /** A cap on acknowledged writes, so that verification stays short on a fast machine. */
    private static final int MAX_ACKNOWLEDGED = 20_000;

    @TempDir
    Path data;

    private final List<ServerProcess> started = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopServers() {
        synchronized (started) {
            started.forEach(ServerProcess::kill);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES) // a hang, never slowness: rounds are counted in writes
    void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
        long began = System.nanoTime();
        ServerProcess first = track(ServerProcess.start(data));
        Target target = new Target(first);
        List<Question> ceo = questions(target.url("/api/questionnaires/ceo"), "yes_no");
        List<Question> consultant = interviewQuestions(target.url("/api/questionnaires/consultant"));
        Ledger ledger = new Ledger();
        AtomicBoolean writing = new AtomicBoolean(true);
        long seed = System.nanoTime();
        System.out.printf("durability: seed %d, %d CEO questions, interview questions %s%n", seed, ceo.size(),
                consultant.stream().map(Question::id).toList());

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Writer writer = new Writer(w, new Random(seed + w), target, ceo, consultant, ledger, writing);
            writers.add(pool.submit(() -> {
                writer.run();
                return null;
            }));
        }

        Random killer = new Random(seed ^ 0x5eed);
        int kills = 0;
        List<Long> restartMillis = new ArrayList<>();
        List<Long> roundWrites = new ArrayList<>();
        try {
            while (kills < KILLS) {
                roundWrites.add(awaitWrites(ledger, WRITES_PER_ROUND + killer.nextInt(WRITES_PER_ROUND)));
                ServerProcess victim = target.server;
                victim.kill();
                kills++;
                long restart = System.nanoTime();
                ServerProcess next = track(ServerProcess.start(data, victim.port()));
                restartMillis.add(Duration.ofNanos(System.nanoTime() - restart).toMillis());
                target.server = next;
                started.remove(victim);
            }
            // A little more writing on the last server, then stop the clients.
            roundWrites.add(awaitWrites(ledger, WRITES_PER_ROUND));
        } finally {
            writing.set(false);
            pool.shutdown();
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        long writePhase = System.nanoTime() - began;

        // The final check runs on a server that was itself started after a kill -9.
        ServerProcess survivor = target.server;
        survivor.kill();
        kills++;
        target.server = track(ServerProcess.start(data, survivor.port()));
        started.remove(survivor);

        long verifyStart = System.nanoTime();
        List<String> lost = verify(target, ledger);
        long verifyMillis = Duration.ofNanos(System.nanoTime() - verifyStart).toMillis();

        System.out.printf("durability: acknowledged writes per round %s%n", roundWrites);
        System.out.printf("durability: %d kill -9 (restart %s ms), %d acknowledged writes (%d diagnoses, %d interviews, "
                        + "%d answers) and %d in doubt (no answer before the kill), write phase %.1f s; verified every diagnosis and "
                        + "the final state of %d interview answers in %d ms%n",
                kills, restartMillis, ledger.acknowledged(), ledger.diagnoses.size(), ledger.interviews.size(),
                ledger.answersAcknowledged.get(), ledger.inDoubt.get(), writePhase / 1e9, CHECKED_ANSWERS.get(), verifyMillis);
        assertTrue(lost.isEmpty(), lost.size() + " acknowledged writes lost or changed after kill -9, e.g.:\n"
                + String.join("\n", lost.stream().limit(20).toList())
                + (ledger.problems.isEmpty() ? "" : "\nand " + ledger.problems.size() + " unexpected responses while writing, e.g.:\n"
                        + String.join("\n", ledger.problems.stream().limit(5).toList())));
        assertTrue(ledger.problems.isEmpty(), ledger.problems.size() + " unexpected responses while writing, e.g.:\n"
                + String.join("\n", ledger.problems.stream().limit(10).toList()) + "\n" + target.server.logs());
        assertTrue(ledger.diagnoses.size() >= KILLS && ledger.answersAcknowledged.get() >= KILLS,
                "too few acknowledged writes to mean anything: " + ledger.diagnoses.size() + " diagnoses, "
                        + ledger.answersAcknowledged.get() + " answers");
        target.server.stop();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aSecondServerOnTheSameDataDirectoryFailsFastAndTheFirstKeepsServing() throws Exception {
        ServerProcess first = track(ServerProcess.start(data));
        ServerProcess second = track(ServerProcess.launch(data, ServerProcess.freePort()));
        long launched = System.nanoTime();
        Integer exit = second.awaitExit(Duration.ofSeconds(15));
        long exitMillis = Duration.ofNanos(System.nanoTime() - launched).toMillis();
        assertNotNull(exit, "the second server is still running after 15 s\n" + second.logs());
        assertEquals(2, exit, second.logs());
        assertTrue(second.stderr().contains("is in use by another salesdx server"), second.logs());
        System.out.printf("second server on the same data directory exited with %d after %d ms: %s%n", exit, exitMillis,
                second.stderr().strip());

        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(first.url("/api/diagnoses")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"questionnaire\":\"ceo\",\"answers\":"
                        + "{\"ceo.strategy_line_of_sight\":\"no\",\"ceo.compensation_aligned\":\"yes\"}}")));
        assertEquals(201, created.statusCode(), created.body() + "\n" + first.logs());
        String id = JSON.readTree(created.body()).get("id").asText();
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(first.url("/api/diagnoses/" + id))).GET()).statusCode());
        assertTrue(first.isAlive());
        first.stop();
    }

    /** Waits until {@code count} more writes are acknowledged (or the round cap passes); returns how many were. */
    private static long awaitWrites(Ledger ledger, int count) throws InterruptedException {
        long base = ledger.acknowledged();
        long end = System.nanoTime() + ROUND_CAP.toNanos();
        while (ledger.acknowledged() - base < count && ledger.acknowledged() < MAX_ACKNOWLEDGED && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return ledger.acknowledged() - base;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The server the clients talk to right now; replaced after each restart (same port, same data). */
    private static final class Target {
        volatile ServerProcess server;

        Target(ServerProcess server) {
            this.server = server;
        }

        String url(String path) {
            return server.url(path);
        }
    }

    record Question(String id, String type, double min, double max, List<String> options) {
    }

    /** What one acknowledged (or in-doubt) answer wrote; the note is unique per write. */
    record Written(String note, JsonNode value, boolean dontKnow) {
    }

    /** Everything the server acknowledged, and what it may or may not have committed before a kill. */
    private static final class Ledger {
        final Map<String, String> diagnoses = new ConcurrentHashMap<>(); // id -> sha-256 of the canonical diagnosis
        final Map<String, String> interviews = new ConcurrentHashMap<>(); // id -> title
        /** interview id -> question -> the last acknowledged write and the in-doubt writes after it. */
        final Map<String, Map<String, AnswerHistory>> answers = new ConcurrentHashMap<>();
        final AtomicLong answersAcknowledged = new AtomicLong();
        final AtomicLong inDoubt = new AtomicLong();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

        long acknowledged() {
            return diagnoses.size() + interviews.size() + answersAcknowledged.get();
        }

        AnswerHistory history(String interview, String question) {
            return answers.computeIfAbsent(interview, i -> new ConcurrentHashMap<>())
                    .computeIfAbsent(question, q -> new AnswerHistory());
        }
    }

    /** One question of one interview, written by one thread only, so "later" is well defined. */
    private static final class AnswerHistory {
        volatile Written acknowledged;
        final List<Written> inDoubtSince = Collections.synchronizedList(new ArrayList<>());
        /** A write that timed out on a live server might still commit after a later one: acceptable at any time. */
        final List<Written> timedOut = Collections.synchronizedList(new ArrayList<>());

        void acknowledge(Written written) {
            acknowledged = written;
            inDoubtSince.clear();
        }
    }

    /** One client: alternately a CEO diagnosis and an interview answer, recording every acknowledged write. */
    private static final class Writer {
        private final int number;
        private final Random random;
        private final Target target;
        private final List<Question> ceo;
        private final List<Question> consultant;
        private final Ledger ledger;
        private final AtomicBoolean writing;
        private String interview;
        private int writes;
        private int answersInThisInterview;

        Writer(int number, Random random, Target target, List<Question> ceo, List<Question> consultant, Ledger ledger,
                AtomicBoolean writing) {
            this.number = number;
            this.random = random;
            this.target = target;
            this.ceo = ceo;
            this.consultant = consultant;
            this.ledger = ledger;
            this.writing = writing;
        }

        void run() throws InterruptedException {
            while (writing.get()) {
                if (ledger.acknowledged() >= MAX_ACKNOWLEDGED) {
                    Thread.sleep(20);
                    continue;
                }
                writes++;
                boolean ok;
                if (writes % 2 == 1) {
                    ok = postDiagnosis();
                } else if (interview == null || answersInThisInterview >= 60) {
                    ok = createInterview();
                } else {
                    ok = putAnswer();
                }
                if (!ok) {
                    Thread.sleep(10); // the server is down or restarting: do not spin
                }
            }
        }

        private boolean postDiagnosis() {
            ObjectNode body = JSON.createObjectNode().put("questionnaire", "ceo");
            ObjectNode answers = body.putObject("answers");
            for (Question question : ceo) {
                if (random.nextInt(10) > 0) {
                    answers.put(question.id(), random.nextBoolean() ? "yes" : "no");
                }
            }
            if (answers.isEmpty()) {
                answers.put(ceo.get(0).id(), "no");
            }
            Outcome outcome = send("POST", "/api/diagnoses", body);
            if (outcome.status() == 201) {
                JsonNode response = outcome.json();
                ledger.diagnoses.put(response.get("id").asText(), sha256(canonical(response.get("diagnosis"))));
                return true;
            }
            return false;
        }

        private boolean createInterview() {
            String title = "durability writer " + number + " #" + writes;
            Outcome outcome = send("POST", "/api/interviews", JSON.createObjectNode().put("title", title));
            if (outcome.status() == 201) {
                interview = outcome.json().get("id").asText();
                answersInThisInterview = 0;
                ledger.interviews.put(interview, title);
                return true;
            }
            return false;
        }

        private boolean putAnswer() {
            Question question = consultant.get(random.nextInt(consultant.size()));
            String note = "w" + number + "-" + writes;
            ObjectNode body = JSON.createObjectNode();
            Written written;
            if (random.nextInt(8) == 0) {
                body.put("dont_know", true).put("note", note);
                written = new Written(note, null, true);
            } else {
                JsonNode value = randomValue(question);
                body.set("value", value);
                body.put("note", note);
                written = new Written(note, value, false);
            }
            AnswerHistory history = ledger.history(interview, question.id());
            Outcome outcome = send("PUT", "/api/interviews/" + interview + "/answers/" + question.id(), body);
            if (outcome.status() == 200) {
                history.acknowledge(written);
                ledger.answersAcknowledged.incrementAndGet();
                answersInThisInterview++;
                return true;
            }
            if (outcome.timedOut()) {
                history.timedOut.add(written);
            } else if (outcome.status() == -1) {
                history.inDoubtSince.add(written);
            } else if (outcome.status() == 404) {
                interview = null; // the interview was lost (reported as a problem): carry on with a new one
            }
            return false;
        }

        private JsonNode randomValue(Question question) {
            return switch (question.type()) {
                case "yes_no" -> JSON.getNodeFactory().textNode(random.nextBoolean() ? "yes" : "no");
                case "scale" -> JSON.getNodeFactory().numberNode(1 + random.nextInt(5));
                case "number" -> {
                    long low = (long) Math.ceil(question.min());
                    long high = (long) Math.floor(Math.min(question.max(), question.min() + 1_000_000));
                    yield JSON.getNodeFactory().numberNode(low + (long) random.nextInt((int) (high - low + 1)));
                }
                case "choice" -> JSON.getNodeFactory().textNode(question.options().get(random.nextInt(question.options().size())));
                default -> throw new IllegalStateException("no values for " + question);
            };
        }

        private Outcome send(String method, String path, JsonNode body) {
            String url = target.url(path);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build();
            try {
                HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status != 200 && status != 201) {
                    ledger.problems.add(method + " " + path + " " + body + " -> " + status + " " + abbreviate(response.body()));
                }
                return new Outcome(status, response.body(), false);
            } catch (HttpConnectTimeoutException | ConnectException e) {
                return new Outcome(-2, null, false); // nothing was sent: not in doubt
            } catch (HttpTimeoutException e) {
                ledger.inDoubt.incrementAndGet();
                return new Outcome(-1, null, true);
            } catch (IOException e) {
                ledger.inDoubt.incrementAndGet();
                return new Outcome(-1, null, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(-2, null, false);
            }
        }
    }

    /** Status -1: sent but no answer (the server died): in doubt. -2: never sent. */
    record Outcome(int status, String body, boolean timedOut) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Reads back every acknowledged write; returns what is missing or different. */
    private static List<String> verify(Target target, Ledger ledger) throws Exception {
        List<String> lost = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (Map.Entry<String, String> diagnosis : ledger.diagnoses.entrySet()) {
                checks.add(pool.submit(() -> {
                    HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create(target.url("/api/diagnoses/" + diagnosis.getKey()))).GET());
                    if (response.statusCode() != 200) {
                        lost.add("diagnosis " + diagnosis.getKey() + ": GET answered " + response.statusCode());
                    } else if (!sha256(canonical(JSON.readTree(response.body()).get("diagnosis"))).equals(diagnosis.getValue())) {
                        lost.add("diagnosis " + diagnosis.getKey() + ": stored content differs from the acknowledged one");
                    }
                    return null;
                }));
            }
            for (Map.Entry<String, String> interview : ledger.interviews.entrySet()) {
                checks.add(pool.submit(() -> {
                    checkInterview(target, interview.getKey(), interview.getValue(),
                            ledger.answers.getOrDefault(interview.getKey(), Map.of()), lost);
                    return null;
                }));
            }
            for (Future<?> check : checks) {
                check.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return lost;
    }

    private static void checkInterview(Target target, String id, String title, Map<String, AnswerHistory> answers,
            List<String> lost) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(target.url("/api/interviews/" + id))).GET());
        if (response.statusCode() != 200) {
            lost.add("interview " + id + ": GET answered " + response.statusCode());
            return;
        }
        JsonNode interview = JSON.readTree(response.body());
        if (!title.equals(interview.path("title").asText(null))) {
            lost.add("interview " + id + ": title " + interview.path("title") + ", acknowledged \"" + title + "\"");
        }
        JsonNode stored = interview.path("answers");
        answers.forEach((question, history) -> {
            JsonNode actual = stored.get(question);
            List<Written> acceptable = new ArrayList<>();
            if (history.acknowledged != null) {
                acceptable.add(history.acknowledged);
            }
            synchronized (history.inDoubtSince) {
                acceptable.addAll(history.inDoubtSince);
            }
            synchronized (history.timedOut) {
                acceptable.addAll(history.timedOut);
            }
            if (actual == null || actual.isNull()) {
                if (history.acknowledged != null) {
                    lost.add("interview " + id + " " + question + ": no answer stored, acknowledged " + history.acknowledged);
                }
                return;
            }
            CHECKED_ANSWERS.incrementAndGet();
            String note = actual.path("note").asText(null);
            Written match = acceptable.stream().filter(w -> w.note().equals(note)).findFirst().orElse(null);
            if (match == null) {
                lost.add("interview " + id + " " + question + ": stored " + actual + ", last acknowledged "
                        + history.acknowledged + (acceptable.size() > 1 ? " (or in doubt " + acceptable.subList(1, acceptable.size()) + ")" : ""));
            } else if (!sameAnswer(match, actual)) {
                lost.add("interview " + id + " " + question + ": stored " + actual + " under note " + note + ", written " + match);
            }
        });
    }

    private static boolean sameAnswer(Written written, JsonNode actual) {
        if (written.dontKnow()) {
            return actual.path("dont_know").asBoolean(false) && actual.path("value").isNull();
        }
        JsonNode value = actual.path("value");
        if (actual.path("dont_know").asBoolean(true)) {
            return false;
        }
        JsonNode expected = written.value();
        if (expected.isNumber()) {
            return value.isNumber() && value.doubleValue() == expected.doubleValue();
        }
        if (value.isBoolean()) { // yes/no are stored as booleans
            return expected.asText().equals(value.booleanValue() ? "yes" : "no");
        }
        return value.isTextual() && value.asText().equals(expected.asText());
    }

    // ------------------------------------------------------------------------------------------------------------

    private static List<Question> questions(String url, String... types) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertEquals(200, response.statusCode(), response.body());
        List<Question> out = new ArrayList<>();
        List<String> wanted = List.of(types);
        for (JsonNode section : JSON.readTree(response.body()).get("sections")) {
            for (JsonNode q : section.get("questions")) {
                String type = q.get("type").asText().toLowerCase();
                if (!wanted.contains(type)) {
                    continue;
                }
                List<String> options = new ArrayList<>();
                q.path("options").forEach(o -> options.add(o.get("value").asText()));
                out.add(new Question(q.get("id").asText(), type, q.path("min").asDouble(0), q.path("max").asDouble(0), options));
            }
        }
        assertTrue(!out.isEmpty(), "no " + wanted + " questions at " + url);
        return out;
    }

    /** Two questions of each type, so every kind of stored value is exercised. */
    private static List<Question> interviewQuestions(String url) throws IOException, InterruptedException {
        Map<String, List<Question>> byType = new TreeMap<>();
        for (Question q : questions(url, "yes_no", "scale", "number", "choice")) {
            if (q.type().equals("number") && q.max() < q.min()) {
                continue;
            }
            if (q.type().equals("choice") && q.options().isEmpty()) {
                continue;
            }
            byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q);
        }
        List<Question> picked = new ArrayList<>();
        byType.values().forEach(list -> picked.addAll(list.subList(0, Math.min(2, list.size()))));
        return picked;
    }

    /** A diagnosis as text with object keys sorted, so equal trees hash equally whatever their key order. */
    static String canonical(JsonNode node) {
        if (node == null) {
            return "null";
        }
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                sorted.put(field.getKey(), field.getValue());
            }
            StringBuilder out = new StringBuilder("{");
            sorted.forEach((key, value) -> out.append(JSON.getNodeFactory().textNode(key)).append(':')
                    .append(canonical(value)).append(','));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            node.forEach(element -> out.append(canonical(element)).append(','));
            return out.append(']').toString();
        }
        if (node.isNumber()) {
            return Double.toString(node.doubleValue());
        }
        return node.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private ServerProcess track(ServerProcess server) {
        started.add(server);
        return server;
    }
}
