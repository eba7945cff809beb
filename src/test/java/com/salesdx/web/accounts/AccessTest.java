package com.salesdx.web.accounts;

import static com.salesdx.web.accounts.SignInTest.JSON;
import static com.salesdx.web.accounts.SignInTest.PASSWORD;
import static com.salesdx.web.accounts.SignInTest.QUICK;
import static com.salesdx.web.accounts.SignInTest.email;
import static com.salesdx.web.accounts.Visitor.form;
import static com.salesdx.web.accounts.Visitor.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.store.Database;
import com.salesdx.support.Postgres;
import com.salesdx.support.TestServer;
import com.salesdx.support.Stores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call what: no session, another site, no CSRF token, not an admin, not the owner. Over HTTP, H2 and PostgreSQL. */
class AccessTest {
    /** Every route that needs a signed-in consultant or admin, as method and path. */
    static final List<String> PROTECTED = List.of("GET /account", "GET /api/me", "GET /admin/accounts", "POST /admin/accounts",
            "POST /logout", "POST /account/sessions/AAAAAAAAAAAAAAAAAAAAAA/end");
    private static final Pattern SESSION_FORM = Pattern.compile("action=\"/account/sessions/([A-Za-z0-9_-]{22})/end\"");

    @TempDir
    static Path data;

    static Stream<Arguments> databases() {
        return Stores.h2AndPostgres(data);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void withoutASessionTheApiAnswers401AndPagesSendTheBrowserToSignIn(String db, Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            Visitor anonymous = new Visitor(server);
            for (String route : PROTECTED) {
                String method = route.split(" ")[0];
                String path = route.split(" ")[1];
                HttpResponse<String> response = method.equals("GET") ? anonymous.get(path) : anonymous.post(path, form("x", "y"));
                if (path.startsWith("/api/")) {
                    assertEquals(401, response.statusCode(), route);
                    assertTrue(JSON.readTree(response.body()).get("error").asText().contains("sign in"), route);
                } else {
                    assertEquals(303, response.statusCode(), route);
                    assertEquals(method.equals("GET") ? "/login?next=" + path.replace("/", "%2F") : "/login", location(response), route);
                }
            }
            HttpResponse<String> login = anonymous.get("/login?next=%2Fadmin%2Faccounts");
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("value=\"/admin/accounts\""), "the sign-in form returns to the page asked for");
            assertTrue(anonymous.get("/login?next=https%3A%2F%2Fevil.example").body().contains("value=\"/engagements\""),
                    "never to another site: the engagements instead");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangeFromAnotherSiteOrWithoutTheSessionsCsrfTokenIs403AndChangesNothing(String db, Supplier<Database> open)
            throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String admin = email("admin");
            server.accounts().add(admin, PASSWORD.toCharArray(), true);
            Visitor browser = new Visitor(server);
            browser.signIn(admin, PASSWORD);
            String csrf = browser.csrf();
            String victim = email("planted");
            var addVictim = form("email", victim, "password", PASSWORD, "csrf", csrf);

            HttpResponse<String> foreign = browser.send(browser.postRequest("/admin/accounts", addVictim)
                    .header("Origin", "https://evil.example"));
            assertEquals(403, foreign.statusCode());
            assertTrue(foreign.body().contains("another site"), foreign.body());
            HttpResponse<String> opaque = browser.send(browser.postRequest("/admin/accounts", addVictim).header("Origin", "null"));
            assertEquals(403, opaque.statusCode());
            HttpResponse<String> foreignReferer = browser.send(browser.postRequest("/admin/accounts", addVictim)
                    .header("Referer", "https://evil.example/page"));
            assertEquals(403, foreignReferer.statusCode());
            HttpResponse<String> noToken = browser.post("/admin/accounts", form("email", victim, "password", PASSWORD));
            assertEquals(403, noToken.statusCode());
            assertTrue(noToken.body().contains("no CSRF token"), noToken.body());
            HttpResponse<String> wrongToken = browser.post("/admin/accounts", form("email", victim, "password", PASSWORD,
                    "csrf", (csrf.charAt(0) == 'x' ? "y" : "x") + csrf.substring(1))); // never the token itself
            assertEquals(403, wrongToken.statusCode());
            HttpResponse<String> logoutNoToken = browser.post("/logout", form());
            assertEquals(403, logoutNoToken.statusCode());
            assertEquals(200, browser.get("/api/me").statusCode(), "a forged sign-out did not sign anyone out");
            assertTrue(server.accounts().list().stream().noneMatch(a -> a.email().equals(victim)), "no account was planted");

            HttpResponse<String> viaHeader = browser.send(browser.postRequest("/admin/accounts",
                    form("email", victim, "password", PASSWORD)).header("Origin", browser.origin()).header("X-CSRF-Token", csrf));
            assertEquals(303, viaHeader.statusCode(), "a script sends the token as a header: " + viaHeader.body());

            // Public changes get the same Origin check, and still work from the site's own pages and from non-browsers.
            HttpResponse<String> ceoForeign = new Visitor(server).send(new Visitor(server).postRequest("/ceo",
                    form("ceo.strategy_line_of_sight", "no")).header("Origin", "https://evil.example"));
            assertEquals(403, ceoForeign.statusCode());
            assertEquals(303, new Visitor(server).post("/ceo", form("ceo.strategy_line_of_sight", "no")).statusCode());
            HttpResponse<String> apiForeign = server.send(HttpRequest.newBuilder(java.net.URI.create(server.url("/api/diagnoses")))
                    .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"questionnaire\":\"ceo\",\"answers\":{}}")));
            assertEquals(403, apiForeign.statusCode());
            assertTrue(JSON.readTree(apiForeign.body()).get("error").asText().contains("another site"));
            assertEquals(201, server.post("/api/diagnoses",
                    "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\"}}").statusCode());
            HttpResponse<String> loginForeign = new Visitor(server).send(new Visitor(server).postRequest("/login",
                    form("email", admin, "password", PASSWORD)).header("Origin", "https://evil.example"));
            assertEquals(403, loginForeign.statusCode(), "another site cannot sign a browser in to its own account either");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAdminAddsAConsultantWhoSignsInButCannotAddAccounts(String db, Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String admin = email("admin");
            server.accounts().add(admin, PASSWORD.toCharArray(), true);
            Visitor adminBrowser = new Visitor(server);
            adminBrowser.signIn(admin, PASSWORD);
            String csrf = adminBrowser.csrf();

            HttpResponse<String> badEmail = adminBrowser.post("/admin/accounts", form("email", "not-an-email", "password", PASSWORD,
                    "csrf", csrf));
            assertEquals(400, badEmail.statusCode());
            assertTrue(badEmail.body().contains("<strong>email</strong>: &quot;not-an-email&quot; is not an email address"),
                    badEmail.body());
            HttpResponse<String> shortPassword = adminBrowser.post("/admin/accounts", form("email", email("x"), "password", "short",
                    "csrf", csrf));
            assertEquals(400, shortPassword.statusCode());
            assertTrue(shortPassword.body().contains("<strong>password</strong>: the password needs at least 10 characters"));

            String consultant = email("bea");
            HttpResponse<String> added = adminBrowser.post("/admin/accounts", form("email", consultant, "password", PASSWORD,
                    "csrf", csrf));
            assertEquals(303, added.statusCode(), added.body());
            HttpResponse<String> list = adminBrowser.get(location(added));
            assertTrue(list.body().contains("Added " + consultant) && list.body().contains("<td>" + consultant + "</td><td>consultant</td>"),
                    list.body());
            HttpResponse<String> again = adminBrowser.post("/admin/accounts", form("email", consultant.toUpperCase(),
                    "password", PASSWORD, "csrf", csrf));
            assertEquals(400, again.statusCode());
            assertTrue(again.body().contains(consultant + " already has an account"), again.body());

            Visitor consultantBrowser = new Visitor(server);
            assertEquals(303, consultantBrowser.signIn(consultant, PASSWORD).statusCode());
            assertFalse(JSON.readTree(consultantBrowser.get("/api/me").body()).get("admin").asBoolean());
            assertEquals(403, consultantBrowser.get("/admin/accounts").statusCode());
            assertEquals(403, consultantBrowser.post("/admin/accounts", form("email", email("y"), "password", PASSWORD,
                    "csrf", consultantBrowser.csrf())).statusCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anotherAccountGets404ForWhatItDoesNotOwnAndTheOwnerCanStillUseIt(String db, Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String ana = email("ana");
            String ben = email("ben");
            server.accounts().add(ana, PASSWORD.toCharArray(), false);
            server.accounts().add(ben, PASSWORD.toCharArray(), false);
            Visitor anaLaptop = new Visitor(server);
            Visitor anaPhone = new Visitor(server);
            Visitor benLaptop = new Visitor(server);
            anaLaptop.signIn(ana, PASSWORD);
            anaPhone.signIn(ana, PASSWORD);
            benLaptop.signIn(ben, PASSWORD);
            List<String> anaSessions = sessionIds(anaLaptop.get("/account").body());
            assertEquals(2, anaSessions.size());

            for (String id : anaSessions) {
                HttpResponse<String> tried = benLaptop.post("/account/sessions/" + id + "/end", form("csrf", benLaptop.csrf()));
                assertEquals(404, tried.statusCode(), "ben ending ana's session " + id);
                HttpResponse<String> unknown = benLaptop.post("/account/sessions/" + id.substring(1) + "x/end",
                        form("csrf", benLaptop.csrf()));
                assertEquals(unknown.body().replace(id.substring(1) + "x", id), tried.body(),
                        "the same answer as for an id that does not exist");
            }
            assertEquals(200, anaPhone.get("/api/me").statusCode());

            String phone = sessionIds(anaLaptop.get("/account").body()).stream()
                    .filter(id -> !isCurrent(anaLaptop, id)).findFirst().orElseThrow();
            assertEquals(303, anaLaptop.post("/account/sessions/" + phone + "/end", form("csrf", anaLaptop.csrf())).statusCode());
            assertEquals(401, anaPhone.get("/api/me").statusCode(), "ana ended her phone's session from her laptop");
            assertEquals(200, anaLaptop.get("/api/me").statusCode());
        }
    }

    @Test
    void aSessionAndASignInLockHoldOnEveryServerSharingOnePostgresql() throws Exception {
        String url = Postgres.url();
        try (TestServer first = TestServer.on(() -> Database.server(url), QUICK);
                TestServer second = TestServer.on(() -> Database.server(url), QUICK)) {
            String email = email("roaming");
            first.accounts().add(email, PASSWORD.toCharArray(), false);
            Visitor onFirst = new Visitor(first);
            onFirst.signIn(email, PASSWORD);
            Visitor onSecond = new Visitor(second);
            onSecond.useCookie(onFirst.cookie());
            assertEquals(email, JSON.readTree(onSecond.get("/api/me").body()).get("email").asText());
            assertEquals(303, onSecond.post("/logout", form("csrf", onSecond.csrf())).statusCode());
            assertEquals(401, onFirst.get("/api/me").statusCode(), "signed out on one server is signed out on all");

            for (int i = 0; i < 10; i++) {
                assertEquals(401, new Visitor(i % 2 == 0 ? first : second).signIn(email, "guess " + i).statusCode());
            }
            assertEquals(429, new Visitor(first).signIn(email, PASSWORD).statusCode());
            assertEquals(429, new Visitor(second).signIn(email, PASSWORD).statusCode());
        }
    }

    private static boolean isCurrent(Visitor visitor, String sessionId) {
        try {
            String page = visitor.get("/account").body();
            int at = page.indexOf("/account/sessions/" + sessionId + "/end");
            return page.lastIndexOf("(this one)", at) > page.lastIndexOf("<tr>", at);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sessionIds(String accountPage) {
        Matcher matcher = SESSION_FORM.matcher(accountPage);
        List<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
