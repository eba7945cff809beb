package com.salesdx.web.engagements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A consultant's browser against a test server, over plain HTTP: the session cookie it was given, the
 * CSRF token of that session, and the Origin a browser sends from the site's own pages.
 */
final class Consultant {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct horse battery";

    private final TestServer server;
    private final String email;
    private String cookie;
    private String csrf;

    private Consultant(TestServer server, String email) {
        this.server = server;
        this.email = email;
    }

    /** An anonymous visitor: no session at all. */
    static Consultant anonymous(TestServer server) {
        return new Consultant(server, null);
    }

    /** A new consultant account on the server, signed in. */
    static Consultant signedIn(TestServer server, String who) throws IOException, InterruptedException {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        server.accounts().add(email, PASSWORD.toCharArray(), false);
        Consultant consultant = new Consultant(server, email);
        consultant.signIn(PASSWORD);
        return consultant;
    }

    static Consultant existing(TestServer server, String email, String password) throws IOException, InterruptedException {
        Consultant consultant = new Consultant(server, email);
        consultant.signIn(password);
        return consultant;
    }

    private void signIn(String password) throws IOException, InterruptedException {
        HttpResponse<String> login = postForm("/login", Map.of("email", email, "password", password), false);
        if (login.statusCode() != 303 || cookie == null) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + login.body());
        }
        csrf = json(get("/api/me")).get("csrf_token").asText();
    }

    String email() {
        return email;
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A form post from a salesdx page: its Origin and, unless told not to, the session's CSRF token. */
    HttpResponse<String> postForm(String path, Map<String, String> form, boolean withCsrf) throws IOException, InterruptedException {
        Map<String, String> fields = new java.util.LinkedHashMap<>(form);
        if (withCsrf && csrf != null) {
            fields.put("csrf", csrf);
        }
        return send(formRequest(path, fields).header("Origin", origin()));
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        return postForm(path, form, true);
    }

    HttpRequest.Builder formRequest(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A script's call: JSON body, the session's CSRF token as a header. */
    HttpResponse<String> json(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return send(request);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = server.send(request);
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("salesdx_session=")).findFirst()
                .ifPresent(set -> cookie = set.contains("Max-Age=0") ? null : set.split(";", 2)[0]);
        return response;
    }

    /** Creates an engagement through the API and answers its id. */
    String createEngagement(String client) throws IOException, InterruptedException {
        HttpResponse<String> created = json("POST", "/api/engagements", "{\"client\":\"" + client + "\",\"sector\":\"Software\","
                + "\"context\":{\"context.sales_motion\":\"complex_b2b\"}}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("engagement not created: " + created.body());
        }
        return json(created).get("id").asText();
    }

    String addRespondent(String engagement, String name, String role) throws IOException, InterruptedException {
        HttpResponse<String> added = json("POST", "/api/engagements/" + engagement + "/respondents",
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        if (added.statusCode() != 201) {
            throw new IllegalStateException("respondent not added: " + added.body());
        }
        return json(added).get("id").asText();
    }

    String privateLink(String engagement, String respondent) throws IOException, InterruptedException {
        return json(json("POST", "/api/engagements/" + engagement + "/respondents/" + respondent + "/link", null))
                .get("link").asText();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
