package com.salesdx.support;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * A test that cannot run here says so on the console and is reported SKIPPED with the reason;
 * under CI (CI=true) the same situation fails the build, so a test never vanishes silently there.
 */
public final class Skip {
    private Skip() {
    }

    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void because(String what, String reason) {
        String line = what + " cannot run: " + reason;
        if (underCi()) {
            fail(line + " (CI=true: a test that cannot run fails the build)");
        }
        System.out.println("SKIPPED " + line);
        Assumptions.abort(line);
    }
}
