package com.salesdx.web.accounts;

import static com.salesdx.web.accounts.Visitor.form;
import static com.salesdx.web.accounts.Visitor.location;
import static com.salesdx.web.accounts.Visitor.sessionCookie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.accounts.AccountSettings;
import com.salesdx.store.Database;
import com.salesdx.support.TestServer;
import com.salesdx.support.Stores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Signing in, being refused, being locked out and signing out, over real HTTP, on H2 and on PostgreSQL. */
class SignInTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct horse battery";
    /**
     * Real limits with shorter waits, so a test can watch them pass; bcrypt at its lowest cost, since
     * these tests hash dozens of times (the shipped cost is proven in PasswordHashingTest).
     */
    static final AccountSettings QUICK = new AccountSettings(Duration.ofMinutes(5), Duration.ofMinutes(30), 10,
            Duration.ofMinutes(15), Duration.ofSeconds(3), 4);

    @TempDir
    static Path data;

    static Stream<Arguments> databases() {
        return Stores.h2AndPostgres(data);
    }

    /** A fresh email per test, since the PostgreSQL database is shared by every test of the run. */
    static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theRightPasswordOpensASessionWithAProtectedCookieAndAWrongOneIsRefused(String db, Supplier<Database> open)
            throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String email = email("ana");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            Visitor browser = new Visitor(server);

            HttpResponse<String> wrong = browser.signIn(email, "not the password");
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.body().contains("do not match an account"), wrong.body());
            assertTrue(sessionCookie(wrong).isEmpty());
            HttpResponse<String> unknown = browser.signIn(email("nobody"), PASSWORD);
            assertEquals(401, unknown.statusCode());
            assertTrue(unknown.body().contains("do not match an account"), "the same answer for an unknown email");

            HttpResponse<String> right = browser.signIn(email.toUpperCase(), PASSWORD);
            assertEquals(303, right.statusCode(), right.body());
            assertEquals("/engagements", location(right), "with no page asked for, a consultant starts at the engagements");
            String cookie = sessionCookie(right).orElseThrow();
            assertTrue(cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Lax") && cookie.contains("; Path=/"), cookie);
            assertFalse(cookie.contains("Secure"), "plain HTTP on loopback: a Secure cookie would never come back: " + cookie);

            HttpResponse<String> page = browser.get("/account");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(email), page.body());
            assertEquals("private, no-store", page.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(email, JSON.readTree(browser.get("/api/me").body()).get("email").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSignedInConsultantLandsOnTheEngagementsAndEveryPageLinksToThem(String db, Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String email = email("nav");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            Visitor browser = new Visitor(server);
            assertFalse(browser.get("/").body().contains("href=\"/engagements\""), "no engagements link before signing in");

            HttpResponse<String> signedIn = browser.signIn(email, PASSWORD);
            assertEquals("/engagements", location(signedIn));
            HttpResponse<String> landing = browser.get(location(signedIn));
            assertEquals(200, landing.statusCode(), landing.body());
            for (String page : List.of("/engagements", "/account", "/engagements/new", "/")) {
                String body = browser.get(page).body();
                assertTrue(body.contains("<a href=\"/engagements\">Engagements</a>"), page + " links to the engagements: " + body);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void behindTheTlsProxyTheCookieIsSecure(String db, Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String email = email("tls");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            Visitor browser = new Visitor(server);
            HttpResponse<String> signIn = browser.send(browser.postRequest("/login", form("email", email, "password", PASSWORD))
                    .header("Origin", browser.origin()).header("X-Forwarded-Proto", "https"));
            assertEquals(303, signIn.statusCode());
            assertTrue(sessionCookie(signIn).orElseThrow().endsWith("; Secure"), sessionCookie(signIn).orElseThrow());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thirtyGuessesAtOnceTryNoMoreThanTenPasswords(String db, Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String email = email("target");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            int guesses = 30;
            ExecutorService pool = Executors.newFixedThreadPool(guesses);
            CountDownLatch go = new CountDownLatch(1);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < guesses; i++) {
                    String guess = "parallel guess " + i;
                    Visitor attacker = new Visitor(server);
                    answers.add(pool.submit(() -> {
                        go.await();
                        return attacker.signIn(email, guess).statusCode();
                    }));
                }
                go.countDown();
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (Future<Integer> answer : answers) {
                    statuses.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
                }
                assertEquals(Set.of(401, 429), statuses.keySet(), "only refusals: " + statuses);
                assertEquals(QUICK.maxFailures(), statuses.get(401), "passwords actually tried: " + statuses);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tenFailedSignInsPauseThatAccountWith429AndTheRightPasswordWorksOnceThePauseEnds(String db, Supplier<Database> open)
            throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String email = email("target");
            String bystander = email("bystander");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            server.accounts().add(bystander, PASSWORD.toCharArray(), false);
            Visitor attacker = new Visitor(server);
            for (int i = 1; i <= 10; i++) {
                assertEquals(401, attacker.signIn(email, "guess number " + i).statusCode(), "try " + i);
            }

            HttpResponse<String> locked = attacker.signIn(email, PASSWORD);
            assertEquals(429, locked.statusCode(), "even the right password waits while the account is paused");
            long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 3, "Retry-After " + retryAfter);
            assertTrue(locked.body().contains("Too many failed sign-ins for this account"), locked.body());
            assertTrue(sessionCookie(locked).isEmpty());
            assertEquals(303, new Visitor(server).signIn(bystander, PASSWORD).statusCode(), "other accounts are not paused");

            Thread.sleep(QUICK.lockout().toMillis() + 300);
            Visitor owner = new Visitor(server);
            HttpResponse<String> after = owner.signIn(email, PASSWORD);
            assertEquals(303, after.statusCode(), after.body());
            assertEquals(200, owner.get("/api/me").statusCode());
            assertEquals(401, owner.signIn(email, "one more typo").statusCode(), "a success clears the count");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSessionUnusedForItsIdleTimeIsOver(String db, Supplier<Database> open) throws Exception {
        AccountSettings idleSoon = new AccountSettings(Duration.ofMillis(1500), Duration.ofMinutes(30), 10,
                Duration.ofMinutes(15), Duration.ofMinutes(15), 4);
        try (TestServer server = TestServer.on(open, idleSoon)) {
            String email = email("idle");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            Visitor browser = new Visitor(server);
            browser.signIn(email, PASSWORD);
            for (int i = 0; i < 4; i++) { // used every half second: stays open well past the idle time
                Thread.sleep(500);
                assertEquals(200, browser.get("/api/me").statusCode(), "use " + i);
            }
            Thread.sleep(1800);
            assertEquals(401, browser.get("/api/me").statusCode());
            HttpResponse<String> page = browser.get("/account");
            assertEquals(303, page.statusCode());
            assertEquals("/login?next=%2Faccount", location(page));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSessionEndsAtItsAbsoluteLifetimeHoweverBusy(String db, Supplier<Database> open) throws Exception {
        AccountSettings shortLived = new AccountSettings(Duration.ofMinutes(5), Duration.ofMillis(2500), 10,
                Duration.ofMinutes(15), Duration.ofMinutes(15), 4);
        try (TestServer server = TestServer.on(open, shortLived)) {
            String email = email("busy");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            Visitor browser = new Visitor(server);
            long signedInAt = System.nanoTime();
            browser.signIn(email, PASSWORD);
            int status = 200;
            while (status == 200 && System.nanoTime() - signedInAt < Duration.ofSeconds(6).toNanos()) {
                Thread.sleep(250);
                status = browser.get("/api/me").statusCode();
            }
            long lived = Duration.ofNanos(System.nanoTime() - signedInAt).toMillis();
            assertEquals(401, status);
            assertTrue(lived >= 2500 && lived < 4500, "the session lasted " + lived + " ms");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void signingOutEndsTheSessionOnTheServerNotOnlyInTheBrowser(String db, Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String email = email("leaving");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            Visitor browser = new Visitor(server);
            browser.signIn(email, PASSWORD);
            String stolenCopy = browser.cookie();

            HttpResponse<String> out = browser.post("/logout", form("csrf", browser.csrf()));
            assertEquals(303, out.statusCode(), out.body());
            assertEquals("/login?signed_out=1", location(out));
            assertTrue(sessionCookie(out).orElseThrow().contains("Max-Age=0"));

            Visitor replay = new Visitor(server);
            replay.useCookie(stolenCopy);
            assertEquals(401, replay.get("/api/me").statusCode());
            assertEquals(303, replay.get("/account").statusCode());
        }
    }
}
