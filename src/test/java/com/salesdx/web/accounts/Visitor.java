package com.salesdx.web.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One browser's worth of state against a test server, spoken over plain HTTP: the session cookie it
 * was given, and the Origin a browser puts on every form post from the site's own pages.
 */
final class Visitor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server;
    private String cookie;

    Visitor(TestServer server) {
        this.server = server;
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The form post a browser makes from a salesdx page. */
    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return send(postRequest(path, form).header("Origin", origin()));
    }

    HttpRequest.Builder postRequest(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    /** Sends and keeps (or drops) the session cookie the answer sets, as a browser does. */
    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = server.send(request);
        sessionCookie(response).ifPresent(set -> {
            String pair = set.split(";", 2)[0];
            cookie = set.contains("Max-Age=0") ? null : pair;
        });
        return response;
    }

    HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return post("/login", Map.of("email", email, "password", password));
    }

    /** The CSRF token of this visitor's session, as the account API hands it to scripts. */
    String csrf() throws IOException, InterruptedException {
        return JSON.readTree(get("/api/me").body()).get("csrf_token").asText();
    }

    String cookie() {
        return cookie;
    }

    void useCookie(String cookie) {
        this.cookie = cookie;
    }

    static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("salesdx_session=")).findFirst();
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
