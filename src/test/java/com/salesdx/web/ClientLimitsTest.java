package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One client cannot flood the store or take the server away from everyone else. */
class ClientLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLOW_CLIENTS = 300;

    @TempDir
    Path data;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.embedded(data);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFloodOfLargeWritesFromOneClientIsCutOffWith429AndRetryAfter() throws Exception {
        String note = "n".repeat(4_900);
        StringBuilder notes = new StringBuilder();
        String[] ceo = {"ceo.strategy_line_of_sight", "ceo.process_exit_criteria", "ceo.compensation_aligned"};
        for (String q : ceo) {
            notes.append(notes.length() == 0 ? "" : ",").append("\"").append(q).append("\":\"").append(note).append("\"");
        }
        String body = "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\"},\"notes\":{" + notes + "}}";
        int stored = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 100 && refused == null; i++) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/diagnoses")))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.7")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (response.statusCode() == 201) {
                stored++;
            } else {
                refused = response;
            }
        }
        assertTrue(refused != null, "100 writes in a row were all accepted");
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertTrue(JSON.readTree(refused.body()).get("error").asText().contains("nothing was saved"), refused.body());
        assertTrue(stored >= 10 && stored <= 75, stored + " writes stored before the limit (a burst of 60, one a second)");
        // Another client is not affected.
        HttpResponse<String> other = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/interviews")))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.9")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(201, other.statusCode(), other.body());
    }

    @Test
    void aBodyLargerThanWhatOneRequestMayStoreIsRefused() throws Exception {
        String body = "{\"questionnaire\":\"ceo\",\"respondent\":\"" + "r".repeat(300_000) + "\"}";
        HttpResponse<String> response = server.post("/api/diagnoses", body);
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void threeHundredSlowUploadsDoNotStopTheServerAnsweringOthers() throws Exception {
        // The slow clients come from another loopback address, as an attacker elsewhere would.
        InetAddress attacker = InetAddress.getByName("127.0.0.2");
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket();
                try {
                    socket.bind(new InetSocketAddress(attacker, 0));
                    socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/preview HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException refusedOrClosed) {
                    // over the per-client cap: closed at once, which is the point
                }
                slow.add(socket);
            }
            long deadline = System.nanoTime() + 8_000_000_000L;
            int answered = 0;
            while (System.nanoTime() < deadline) {
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write(' ');
                    } catch (IOException closed) {
                        // the server gave up on it
                    }
                }
                long started = System.nanoTime();
                HttpResponse<String> response = server.get("/api/questionnaires");
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertEquals(200, response.statusCode());
                assertTrue(millis < 3_000, "GET /api/questionnaires took " + millis + " ms under " + SLOW_CLIENTS + " slow clients");
                answered++;
                Thread.sleep(500);
            }
            assertTrue(answered >= 5, answered + " answers in 8 s");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }
}
