package com.salesdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `salesdx demo` from the shaded jar, as a new user starts it: the console gives one login and nothing that
 * contradicts it, and that login signs in as an admin who finds the fictional client with a finished first
 * round and every pillar scored in both rounds.
 */
class DemoCommandIT {
    private static final Path JAR = Path.of(System.getProperty("salesdx.jar", "target/salesdx.jar"));
    private static final Pattern LOGIN = Pattern.compile(
            "sign in at (http://[^\\s]+)/login.*\\n\\s+email:\\s+(\\S+)\\n\\s+password:\\s+(\\S+)\\n\\s+then open \\S+/engagements/(\\S+)/report");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @Test
    void theDemoPrintsOneAdminLoginThatOpensTwoScoredRoundsWithTheFirstFinished() throws Exception {
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString(), "demo", "--port", "0", "--no-watch", "--data", temp.resolve("data").toString())
                .redirectErrorStream(true).start();
        try {
            String console = consoleUntilTheLogin(demo);
            assertFalse(console.contains("No consultant account yet"), "nothing contradicts the demo login:\n" + console);
            Matcher login = LOGIN.matcher(console);
            assertTrue(login.find(), console);
            String base = login.group(1);
            String cookie = signIn(base, login.group(2), login.group(3));
            String roundTwo = login.group(4);

            assertTrue(get(base, "/engagements", cookie).body().contains("Kestrel Fleet Systems (fictional)"));
            assertEquals(200, get(base, "/admin/accounts", cookie).statusCode(), "the demo consultant is an admin");
            assertEquals(200, get(base, "/engagements/" + roundTwo + "/report", cookie).statusCode());

            ObjectMapper json = new ObjectMapper();
            JsonNode two = json.readTree(get(base, "/api/engagements/" + roundTwo, cookie).body());
            JsonNode one = json.readTree(get(base, "/api/engagements/" + two.get("previous_round").asText(), cookie).body());
            assertEquals(7, one.get("respondents").size());
            for (JsonNode respondent : one.get("respondents")) {
                assertEquals("finished", respondent.get("status").asText(), "round 1 is closed: " + respondent);
            }
            for (JsonNode respondent : two.get("respondents")) {
                assertFalse(respondent.get("status").asText().equals("finished"), "round 2 is open to try: " + respondent);
            }
            String comparison = get(base, "/engagements/" + roundTwo + "/comparison", cookie).body();
            for (String pillar : List.of("Strategy", "Process", "Leadership", "Skillsets", "Compensation")) {
                assertTrue(comparison.contains(pillar), pillar + " is compared");
            }
            assertFalse(comparison.contains("not assessed"), "every pillar is scored in both rounds:\n" + comparison);
        } finally {
            demo.destroy();
            assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "the demo stops on a signal");
        }
    }

    @Test
    void aDemoStoppedBySigtermDeletesItsThrowawayStoreButKeepsAStoreTheUserNamed() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        runDemoUntilTheLoginThenStopIt(tmp);
        assertEquals(List.of(), demoStores(tmp), "the throwaway store is deleted on stop");

        Path own = temp.resolve("own");
        runDemoUntilTheLoginThenStopIt(tmp, "--data", own.toString());
        assertTrue(Files.exists(own.resolve("salesdx.mv.db")), "a store the user named is kept");
    }

    /** Starts the demo with its temporary folder in {@code tmp}, waits for its login, then stops it as `kill` does. */
    private static void runDemoUntilTheLoginThenStopIt(Path tmp, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toAbsolutePath().toString(), "demo", "--port", "0",
                "--no-watch"));
        command.addAll(List.of(options));
        Process demo = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String console = consoleUntilTheLogin(demo);
            assertTrue(LOGIN.matcher(console).find(), console);
            if (options.length == 0) {
                assertEquals(1, demoStores(tmp).size(), "the demo runs in a throwaway store:\n" + console);
            }
        } finally {
            demo.destroy(); // SIGTERM
            assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "the demo stops on a signal");
        }
    }

    private static List<Path> demoStores(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("salesdx-demo")).toList();
        }
    }

    /** The console up to the printed login; the rest is read on (and dropped) so the running demo never blocks on it. */
    private static String consoleUntilTheLogin(Process demo) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> login = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder console = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    console.append(line).append('\n');
                    if (line.contains("then open ")) {
                        login.complete(console.toString());
                    }
                }
            } catch (java.io.IOException e) {
                // the demo was stopped
            }
            login.complete(console.toString()); // ended without a login: the assertions show what it printed
        }, "demo console");
        reader.setDaemon(true);
        reader.start();
        return login.get(180, TimeUnit.SECONDS);
    }

    private static String signIn(String base, String email, String password) throws Exception {
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, signIn.statusCode(), signIn.body());
        assertEquals("/engagements", signIn.headers().firstValue("Location").orElse(""));
        return signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private static HttpResponse<String> get(String base, String path, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
