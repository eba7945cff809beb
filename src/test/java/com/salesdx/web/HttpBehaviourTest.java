package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.RawHttp;
import com.salesdx.support.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a browser, a crawler or a curious user expects of any web server, beyond the application itself. */
class HttpBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    private TestServer server;
    private String diagnosisId;
    private String interviewId;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.embedded(data);
        diagnosisId = JSON.readTree(server.post("/api/diagnoses", "{\"questionnaire\":\"ceo\",\"answers\":"
                + "{\"ceo.strategy_line_of_sight\":\"no\"}}").body()).get("id").asText();
        interviewId = server.startInterview("{\"title\":\"t\"}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> readablePaths() {
        return List.of("/", "/ceo", "/results/" + diagnosisId, "/interviews/" + interviewId, "/api/health",
                "/api/questionnaires", "/api/questionnaires/ceo", "/api/diagnoses/" + diagnosisId,
                "/api/interviews/" + interviewId, "/static/app.css", "/static/interview.js", "/static/favicon.svg");
    }

    @Test
    void headAnswersWhereverGetDoesWithTheSameStatusAndNoBody() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : readablePaths()) {
            RawHttp.Reply get = RawHttp.get(server.port(), path);
            RawHttp.Reply head = RawHttp.exchange(server.port(), "HEAD", path, Map.of(), new byte[0]);
            if (head.status() != get.status() || get.status() != 200 || !head.body().isEmpty()
                    || !head.header("content-type").equals(get.header("content-type"))) {
                problems.add(path + ": GET " + get.status() + " " + get.header("content-type") + ", HEAD " + head.status()
                        + " " + head.header("content-type") + " with " + head.body().length() + " body chars");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTextResponseNamesItsCharset() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> paths = new ArrayList<>(readablePaths());
        paths.addAll(List.of("/no-such-page", "/api/no-such-resource", "/results/AAAAAAAAAAAAAAAAAAAAAA"));
        for (String path : paths) {
            String type = RawHttp.get(server.port(), path).header("content-type");
            if (!type.toLowerCase().replace(" ", "").contains("charset=utf-8")) {
                problems.add(path + ": " + type);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theFaviconIsServedAndLinkedFromEveryPage() throws Exception {
        RawHttp.Reply icon = RawHttp.get(server.port(), "/static/favicon.svg");
        assertEquals(200, icon.status());
        assertTrue(icon.header("content-type").startsWith("image/svg+xml"), icon.header("content-type"));
        RawHttp.Reply legacy = RawHttp.get(server.port(), "/favicon.ico");
        assertEquals(301, legacy.status());
        assertEquals("/static/favicon.svg", legacy.header("location"));
        assertTrue(server.get("/").body().contains("<link rel=\"icon\" href=\"/static/favicon.svg\""));
    }

    @Test
    void theHomePageTitleSaysWhatTheToolDoesAndNamesItOnce() throws Exception {
        assertTrue(server.get("/").body().contains("<title>Diagnose a sales organisation · salesdx</title>"));
    }

    @Test
    void staticFilesAreCachedByTheirContentAndUnknownNamesAreNotFound() throws Exception {
        HttpResponse<String> css = server.get("/static/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("content-type").orElse("").startsWith("text/css"));
        assertTrue(css.body().contains("{"), "the stylesheet itself");
        String etag = css.headers().firstValue("etag").orElseThrow();
        HttpResponse<String> again = server.send(HttpRequest.newBuilder(java.net.URI.create(server.url("/static/app.css")))
                .header("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        for (String missing : List.of("/static/nothing.css", "/static/app.peb", "/static/APP.CSS")) {
            assertEquals(404, server.get(missing).statusCode(), missing);
        }
    }

    @Test
    void resultAndInterviewPagesAreNeitherCachedNorIndexed() throws Exception {
        for (String path : List.of("/results/" + diagnosisId, "/interviews/" + interviewId, "/api/diagnoses/" + diagnosisId,
                "/api/interviews/" + interviewId)) {
            HttpResponse<String> response = server.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("private, no-store", response.headers().firstValue("Cache-Control").orElse(""), path);
            assertTrue(response.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"), path);
            if (!path.startsWith("/api/")) {
                assertTrue(response.body().contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), path);
            }
        }
        HttpResponse<String> home = server.get("/");
        assertFalse(home.body().contains("noindex"), "the home page may be indexed");
        assertTrue(home.headers().firstValue("X-Robots-Tag").isEmpty());
    }

    @Test
    void anUnknownPageIsAFriendlyPageWithWaysOutAndAnUnknownApiPathIsJson() throws Exception {
        HttpResponse<String> page = server.get("/no-such-page");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"), page.body());
        assertTrue(page.body().contains("href=\"/\"") && page.body().contains("href=\"/ceo\""), page.body());
        assertFalse(page.body().contains("Endpoint GET"), page.body());
        HttpResponse<String> api = server.get("/api/no-such-resource");
        assertEquals(404, api.statusCode());
        JsonNode error = JSON.readTree(api.body());
        assertTrue(error.get("error").asText().contains("/api/no-such-resource"));
        assertTrue(error.has("field"));
    }

    @Test
    void pathTraversalInEveryEncodingIsANotFoundWithTheSecurityHeaders() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String target : List.of("/static/../templates/layout.peb", "/static/%2e%2e/templates/layout.peb",
                "/static/.%2e/templates/layout.peb", "/static/%2e./templates/layout.peb", "/static/..%2ftemplates/layout.peb",
                "/static/..%2Ftemplates%2Flayout.peb", "/static/%2e%2e%2ftemplates%2flayout.peb", "/static/..\\templates/layout.peb",
                "/static/%2e%2e%5ctemplates/layout.peb", "/static/..;/templates/layout.peb",
                "/static/%252e%252e/templates/layout.peb", "/api/../templates/layout.peb", "/static/../../pom.xml",
                "/../templates/layout.peb")) {
            RawHttp.Reply reply = RawHttp.get(server.port(), target);
            boolean headers = reply.header("content-security-policy").contains("default-src")
                    && reply.header("x-content-type-options").equals("nosniff");
            // A path that climbs above the root is refused by Jetty itself: a 400, with the headers all the same.
            int expected = target.endsWith("pom.xml") || target.startsWith("/..") ? 400 : 404;
            if (reply.status() != expected || !headers || reply.body().contains("{%") || reply.body().contains("<project")) {
                problems.add(target + " -> " + reply.status() + " headers " + reply.headers().keySet() + ": "
                        + reply.body().substring(0, Math.min(400, reply.body().length())));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
