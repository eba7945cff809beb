package com.salesdx.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password hash as stored by the shipped settings: bcrypt, its cost, its salt, and the time it takes. */
class PasswordHashingTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void theShippedSettingsStoreASaltedBcryptHashOfCost12AndNeverThePassword(@TempDir Path dir) {
        try (Database database = Database.embedded(dir)) {
            AccountService accounts = new AccountService(database, AccountSettings.DEFAULT);
            accounts.add("first@example.com", PASSWORD.toCharArray(), true);
            accounts.add("second@example.com", PASSWORD.toCharArray(), false);
            String first = accounts.passwordHash("first@example.com").orElseThrow();
            String second = accounts.passwordHash("second@example.com").orElseThrow();

            assertTrue(first.matches("\\$2a\\$12\\$[./A-Za-z0-9]{53}"), first);
            assertEquals(12, PasswordHasher.costOf(first));
            assertNotEquals(first, second, "a salt per hash: the same password never gives the same hash");
            assertFalse(first.contains(PASSWORD) || first.contains("horse"));
        }
    }

    @Test
    void oneCheckAtTheShippedCostTakesLongEnoughToSlowGuessingAndAWrongEmailTakesAsLong() {
        PasswordHasher hasher = new PasswordHasher(AccountSettings.DEFAULT.bcryptCost());
        String hash = hasher.hash(PASSWORD.toCharArray());
        hasher.matchesNothing(PASSWORD.toCharArray()); // the decoy is made on first use; time the checks after

        long checking = timed(() -> assertTrue(hasher.matches(PASSWORD.toCharArray(), hash)));
        long decoy = timed(() -> assertFalse(hasher.matchesNothing(PASSWORD.toCharArray())));
        long cheap = timed(() -> new PasswordHasher(4).hash(PASSWORD.toCharArray()));

        // 2^12 rounds: about 0.1-0.3 s on a current core, never under 50 ms; 2^8 times the work of cost 4.
        assertTrue(checking >= 50, "a check took " + checking + " ms");
        assertTrue(checking > 20 * cheap, "cost 12 took " + checking + " ms, cost 4 " + cheap + " ms");
        assertTrue(decoy >= checking / 3, "an unknown email took " + decoy + " ms, a known one " + checking + " ms");
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
