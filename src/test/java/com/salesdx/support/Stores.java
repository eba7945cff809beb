package com.salesdx.support;

import com.salesdx.store.Database;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The two stores a storage-sensitive test runs on, as arguments of a parameterized test: named, and opened on demand. */
public final class Stores {
    private Stores() {
    }

    /** A fresh embedded H2 under {@code data} at each opening, and the test run's PostgreSQL (see {@link Postgres}). */
    public static Stream<Arguments> h2AndPostgres(Path data) {
        Supplier<Database> h2 = () -> Database.embedded(data.resolve("h2-" + UUID.randomUUID()));
        Supplier<Database> postgres = () -> Database.server(Postgres.url());
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
    }
}
