package com.salesdx.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * What the launcher's start-up archive is recorded from: a server that has just started asks itself for
 * what a first visitor asks for (pages, static files, a questionnaire, a provisional diagnosis), so the
 * classes those need are in the archive and the next start loads them from it instead of the jar.
 */
final class StartUpTraining {
    private static final List<String> PAGES = List.of("/", "/ceo", "/login", "/api/health", "/static/app.css", "/static/ceo.js",
            "/static/favicon.svg", "/api/questionnaires/ceo", "/api/questionnaires/consultant", "/no-such-page");
    private static final String PREVIEW = "{\"questionnaire\":\"ceo\",\"answers\":{}}";

    private StartUpTraining() {
    }

    /** Requests every page once; answers are not checked (a 404 trains the error page too). */
    static void run(String host, int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        for (String page : PAGES) {
            client.send(HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        client.send(HttpRequest.newBuilder(URI.create(base + "/api/preview")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PREVIEW)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
