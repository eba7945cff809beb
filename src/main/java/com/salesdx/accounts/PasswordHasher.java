package com.salesdx.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** bcrypt through a vetted library: salted, deliberately slow, and the cost is written into each hash. */
public final class PasswordHasher {
    /** 2^12 rounds: about 0.25 s on one core, slow enough to make guessing a stolen hash expensive. */
    public static final int DEFAULT_COST = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused instead. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private final int cost;
    /** A hash to check unknown emails against, so a wrong email takes as long as a wrong password; made on first need. */
    private volatile byte[] decoy;

    public PasswordHasher(int cost) {
        this.cost = cost;
    }

    public String hash(char[] password) {
        return new String(BCrypt.withDefaults().hash(cost, password), StandardCharsets.UTF_8);
    }

    public boolean matches(char[] password, String storedHash) {
        return BCrypt.verifyer().verify(password, storedHash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the time of a real check and answers false. */
    public boolean matchesNothing(char[] password) {
        byte[] hash = decoy;
        if (hash == null) {
            hash = BCrypt.withDefaults().hash(cost, "no account has this password".toCharArray());
            decoy = hash;
        }
        BCrypt.verifyer().verify(password, Arrays.copyOf(hash, hash.length));
        return false;
    }

    /** The cost a stored hash was made with ("$2a$12$..." is 12). */
    public static int costOf(String storedHash) {
        return Integer.parseInt(storedHash.substring(4, 6));
    }
}
