package com.salesdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.accounts.Account;
import com.salesdx.accounts.AccountService;
import com.salesdx.accounts.AccountSettings;
import com.salesdx.store.Database;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `salesdx user add` and `user list` from the shaded jar, as an operator runs them, then signing in with the result. */
class UserCommandIT {
    private static final Path JAR = Path.of(System.getProperty("salesdx.jar", "target/salesdx.jar"));
    private static final String PASSWORD = "a long enough secret";

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    @Test
    void theFirstAccountFromTheCommandLineIsAnAdminWhoCanSignInAndTheNextIsAConsultant() throws Exception {
        Path data = temp.resolve("data");
        Run first = salesdx(PASSWORD + "\n", "user", "add", "Lead@Example.com", "--password-stdin", "--data", data.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("Added lead@example.com (admin), the first account"), first.out());
        Run second = salesdx(PASSWORD + "\n", "user", "add", "sam@example.com", "--password-stdin", "--data", data.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().startsWith("Added sam@example.com (consultant)."), second.out());

        Run list = salesdx("", "user", "list", "--data", data.toString());
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().matches("(?s)lead@example\\.com\\s+admin\\s+since \\d{4}-\\d{2}-\\d{2}\\n"
                + "sam@example\\.com\\s+consultant\\s+since \\d{4}-\\d{2}-\\d{2}\\n"), list.out());
        for (Run run : List.of(first, second, list)) {
            assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), "the password is never printed");
        }

        try (TestServer server = TestServer.embedded(data)) {
            HttpResponse<String> signIn = server.send(HttpRequest.newBuilder(URI.create(server.url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=lead%40example.com&password=a+long+enough+secret")));
            assertEquals(303, signIn.statusCode(), signIn.body());
            assertTrue(signIn.headers().firstValue("Set-Cookie").orElse("").startsWith("salesdx_session="));
        }

        // An admin disables Sam in the app; the list says so, for an operator wondering why Sam cannot sign in.
        try (Database database = Database.embedded(data)) {
            AccountService accounts = new AccountService(database, AccountSettings.DEFAULT);
            Account lead = accounts.list().stream().filter(Account::admin).findFirst().orElseThrow();
            Account sam = accounts.list().stream().filter(a -> !a.admin()).findFirst().orElseThrow();
            accounts.setDisabled(lead, sam.id(), true);
        }
        Run listed = salesdx("", "user", "list", "--data", data.toString());
        assertTrue(listed.out().matches("(?s)lead@example\\.com\\s+admin\\s+since \\d{4}-\\d{2}-\\d{2}\\n"
                + "sam@example\\.com\\s+consultant\\s+since \\d{4}-\\d{2}-\\d{2}  disabled \\(cannot sign in\\)\\n"), listed.out());
    }

    @Test
    void unusableInputExitsWithTwoAndSaysWhatToFix() throws Exception {
        String data = temp.resolve("data").toString();
        Run badEmail = salesdx(PASSWORD + "\n", "user", "add", "not-an-email", "--password-stdin", "--data", data);
        assertEquals(2, badEmail.exit());
        assertEquals("cannot add the account: email: \"not-an-email\" is not an email address (expected name@example.com, "
                + "at most 254 characters)", badEmail.err().strip());
        Run shortPassword = salesdx("short\n", "user", "add", "a@example.com", "--password-stdin", "--data", data);
        assertEquals(2, shortPassword.exit());
        assertTrue(shortPassword.err().contains("password: the password needs at least 10 characters"), shortPassword.err());
        Run empty = salesdx("", "user", "add", "a@example.com", "--password-stdin", "--data", data);
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("standard input held no password"), empty.err());
        Run noTerminal = salesdx("", "user", "add", "a@example.com", "--data", data);
        assertEquals(2, noTerminal.exit());
        assertTrue(noTerminal.err().contains("no terminal to ask for the password; send it on standard input with --password-stdin"),
                noTerminal.err());
        Run taken = salesdx(PASSWORD + "\n", "user", "add", "a@example.com", "--password-stdin", "--data", data);
        assertEquals(0, taken.exit(), taken.err());
        Run twice = salesdx(PASSWORD + "\n", "user", "add", "A@example.com", "--password-stdin", "--data", data);
        assertEquals(2, twice.exit());
        assertEquals("cannot add the account: email: a@example.com already has an account", twice.err().strip());
        for (Run run : List.of(badEmail, shortPassword, empty, noTerminal, twice)) {
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
    }

    @Test
    void listingWithoutAStoreSaysThereAreNoAccountsYetAndCreatesNone() throws Exception {
        Run run = salesdxIn(temp, "", "user", "list");
        assertEquals(0, run.exit(), run.err());
        assertEquals("No accounts yet: there is no store at " + temp.toRealPath().resolve("data") + " (add the first account, "
                + "an admin, with `salesdx user add EMAIL`, or name the store with --data DIR or --db JDBC_URL).", run.out().strip());
        assertFalse(Files.exists(temp.resolve("data")), "listing created a store");
    }

    private Run salesdx(String stdin, String... args) throws IOException, InterruptedException {
        return salesdxIn(null, stdin, args);
    }

    private Run salesdxIn(Path folder, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder == null ? null : folder.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "salesdx did not finish");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
