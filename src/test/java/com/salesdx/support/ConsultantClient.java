package com.salesdx.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A signed-in consultant's browser against a {@link TestServer}, over plain HTTP: its session cookie,
 * its CSRF token and the Origin a browser sends from the site's own pages.
 */
public final class ConsultantClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery";

    private final TestServer server;
    private String cookie;
    private String csrf;

    private ConsultantClient(TestServer server) {
        this.server = server;
    }

    /** A new consultant account, signed in. */
    public static ConsultantClient signedIn(TestServer server) throws IOException, InterruptedException {
        String email = "consultant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        server.accounts().add(email, PASSWORD.toCharArray(), false);
        ConsultantClient client = new ConsultantClient(server);
        HttpResponse<String> login = client.postForm("/login", Map.of("email", email, "password", PASSWORD), false);
        if (login.statusCode() != 303 || client.cookie == null) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + login.body());
        }
        client.csrf = JSON.readTree(client.get("/api/me").body()).get("csrf_token").asText();
        return client;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A GET with one more header, e.g. the X-Forwarded-For a proxy adds for a remote browser. */
    public HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
        return send(request(path).header(header, value).GET());
    }

    public JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A form post from a salesdx page, with the session's CSRF token unless told not to send it. */
    public HttpResponse<String> postForm(String path, Map<String, String> form, boolean withCsrf)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (withCsrf && csrf != null) {
            fields.put("csrf", csrf);
        }
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + server.port()).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = server.send(request);
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("salesdx_session=")).findFirst()
                .ifPresent(set -> cookie = set.contains("Max-Age=0") ? null : set.split(";", 2)[0]);
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
