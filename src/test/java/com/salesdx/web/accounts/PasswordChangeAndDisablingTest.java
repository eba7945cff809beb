package com.salesdx.web.accounts;

import static com.salesdx.web.accounts.SignInTest.PASSWORD;
import static com.salesdx.web.accounts.SignInTest.QUICK;
import static com.salesdx.web.accounts.SignInTest.email;
import static com.salesdx.web.accounts.Visitor.form;
import static com.salesdx.web.accounts.Visitor.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.accounts.Account;
import com.salesdx.store.Database;
import com.salesdx.support.TestServer;
import com.salesdx.support.Stores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A consultant changes their password on the account page, and an admin disables and enables a consultant
 * account: over real HTTP, on H2 and on PostgreSQL (the disabled flag is a migration of its own).
 */
class PasswordChangeAndDisablingTest {
    static final String NEW_PASSWORD = "staple battery horse";

    @TempDir
    static Path data;

    static Stream<Arguments> databases() {
        return Stores.h2AndPostgres(data);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPasswordChangeNeedsTheCurrentOneAndTheNewTwiceAndEndsTheAccountsOtherSessions(String db, Supplier<Database> open)
            throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String email = email("ana");
            server.accounts().add(email, PASSWORD.toCharArray(), false);
            Visitor laptop = new Visitor(server);
            Visitor phone = new Visitor(server);
            assertEquals(303, laptop.signIn(email, PASSWORD).statusCode());
            assertEquals(303, phone.signIn(email, PASSWORD).statusCode());
            String csrf = laptop.csrf();
            String before = server.accounts().passwordHash(email).orElseThrow();

            assertRefused(laptop.post("/account/password", form("csrf", csrf, "current_password", "not it",
                    "new_password", NEW_PASSWORD, "new_password_again", NEW_PASSWORD)), "current_password", "current password");
            assertRefused(laptop.post("/account/password", form("csrf", csrf, "current_password", PASSWORD,
                    "new_password", NEW_PASSWORD, "new_password_again", NEW_PASSWORD + "!")), "new_password_again", "differ");
            assertRefused(laptop.post("/account/password", form("csrf", csrf, "current_password", PASSWORD,
                    "new_password", "short", "new_password_again", "short")), "new_password", "at least 10 characters");
            assertEquals(403, laptop.post("/account/password", form("current_password", PASSWORD, "new_password", NEW_PASSWORD,
                    "new_password_again", NEW_PASSWORD)).statusCode(), "no CSRF token, no change");
            assertEquals(before, server.accounts().passwordHash(email).orElseThrow(), "nothing refused changed the password");

            HttpResponse<String> changed = laptop.post("/account/password", form("csrf", csrf, "current_password", PASSWORD,
                    "new_password", NEW_PASSWORD, "new_password_again", NEW_PASSWORD));
            assertEquals(303, changed.statusCode(), changed.body());
            assertEquals("/account?password_changed=1", location(changed));
            String after = server.accounts().passwordHash(email).orElseThrow();
            assertTrue(after.startsWith("$2") && !after.equals(before) && !after.contains(NEW_PASSWORD), "a new bcrypt hash");
            assertTrue(laptop.get(location(changed)).body().contains("Your password is changed"), "this session stays signed in");
            assertEquals(401, phone.get("/api/me").statusCode(), "the other session has ended");

            assertEquals(401, new Visitor(server).signIn(email, PASSWORD).statusCode(), "the old password no longer works");
            assertEquals(303, new Visitor(server).signIn(email, NEW_PASSWORD).statusCode(), "the new one does");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDisabledAccountCannotSignInLosesItsSessionsAndKeepsItsEngagementsUntilEnabledAgain(String db,
            Supplier<Database> open) throws Exception {
        try (TestServer server = TestServer.on(open, QUICK)) {
            String adminEmail = email("lead");
            String anaEmail = email("ana");
            Account adminAccount = server.accounts().add(adminEmail, PASSWORD.toCharArray(), true);
            Account ana = server.accounts().add(anaEmail, PASSWORD.toCharArray(), false);
            Visitor admin = new Visitor(server);
            Visitor anaBrowser = new Visitor(server);
            admin.signIn(adminEmail, PASSWORD);
            anaBrowser.signIn(anaEmail, PASSWORD);
            String engagement = createEngagement(anaBrowser, "Kept Ltd");

            int notAdmin = anaBrowser.post("/admin/accounts/" + adminAccount.id() + "/disable", form("csrf", anaBrowser.csrf()))
                    .statusCode();
            assertTrue(notAdmin == 403 || notAdmin == 404, "a consultant who is not an admin cannot disable anyone: " + notAdmin);
            assertEquals(200, admin.get("/api/me").statusCode(), "the admin is still signed in");
            assertEquals(403, admin.post("/admin/accounts/" + ana.id() + "/disable", Map.of()).statusCode(), "no CSRF token");
            HttpResponse<String> self = admin.post("/admin/accounts/" + adminAccount.id() + "/disable", form("csrf", admin.csrf()));
            assertEquals(400, self.statusCode());
            assertTrue(self.body().contains("you cannot disable your own account"), self.body());
            assertEquals(404, admin.post("/admin/accounts/nosuchaccountid00000000/disable", form("csrf", admin.csrf()))
                    .statusCode());

            assertEquals(303, admin.post("/admin/accounts/" + ana.id() + "/disable", form("csrf", admin.csrf())).statusCode());
            assertEquals(401, anaBrowser.get("/api/me").statusCode(), "her session has ended");
            assertTrue(admin.get("/admin/accounts").body().matches("(?s).*data-account=\"" + ana.id()
                    + "\">.*?<td class=\"status\">disabled.*"), "the admin page says disabled");
            HttpResponse<String> refused = new Visitor(server).signIn(anaEmail, PASSWORD);
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("This account is disabled"), refused.body());
            assertEquals(401, new Visitor(server).signIn(anaEmail, "a wrong password").statusCode(),
                    "without the password nothing is said about the account");

            assertEquals(303, admin.post("/admin/accounts/" + ana.id() + "/enable", form("csrf", admin.csrf())).statusCode());
            Visitor back = new Visitor(server);
            assertEquals(303, back.signIn(anaEmail, PASSWORD).statusCode(), "enabled again, she signs in");
            HttpResponse<String> kept = back.get("/api/engagements/" + engagement);
            assertEquals(200, kept.statusCode(), "her engagement was kept");
            assertTrue(kept.body().contains("Kept Ltd"));
        }
    }

    private static String createEngagement(Visitor consultant, String client) throws Exception {
        HttpResponse<String> created = consultant.send(consultant.request("/api/engagements")
                .header("Content-Type", "application/json").header("X-CSRF-Token", consultant.csrf())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"client\":\"" + client + "\"}")));
        assertEquals(201, created.statusCode(), created.body());
        return SignInTest.JSON.readTree(created.body()).get("id").asText();
    }

    private static void assertRefused(HttpResponse<String> response, String field, String says) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("<strong>" + field + "</strong>") && response.body().contains(says),
                field + " / " + says + ": " + response.body());
    }
}
