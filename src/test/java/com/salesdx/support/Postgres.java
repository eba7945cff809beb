package com.salesdx.support;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the storage tests also run against: SALESDX_TEST_PG names it (a JDBC URL; .ci/run
 * starts one). In CI a missing PostgreSQL fails the run instead of skipping these tests.
 */
public final class Postgres {
    private Postgres() {
    }

    public static String url() {
        String url = System.getenv("SALESDX_TEST_PG");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("SALESDX_TEST_PG is not set: CI must run the storage tests against PostgreSQL (see .ci/run)");
            }
            Assumptions.abort("SALESDX_TEST_PG is not set; PostgreSQL storage tests skipped outside CI");
        }
        return url;
    }
}
