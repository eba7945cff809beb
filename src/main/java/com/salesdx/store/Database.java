package com.salesdx.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The store's connection: embedded H2 in a data directory by default, PostgreSQL when a JDBC URL
 * is given. The schema is migrated by Flyway at start-up, so a new directory just works.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String description;
    private AutoCloseable lock = () -> { };

    private Database(HikariDataSource dataSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.dialect = dialect;
        this.description = description;
    }

    /** H2 in {@code dataDir}: every commit is written before it returns (WRITE_DELAY=0), one server per directory. */
    public static Database embedded(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data directory " + absolute + ": " + e.getMessage(), e);
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(absolute);
        String url = "jdbc:h2:file:" + absolute.resolve("salesdx") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        try {
            Database database = open(url, null, null, Dialect.H2, "embedded H2 in " + absolute);
            database.lock = lock;
            return database;
        } catch (HikariPool.PoolInitializationException e) {
            lock.close();
            if (String.valueOf(e.getMessage()).contains("already in use")) {
                throw new DataDirectoryInUseException(absolute.toString(), e);
            }
            throw e;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A server database, e.g. jdbc:postgresql://host:5432/salesdx?user=...&password=... */
    public static Database server(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db takes a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), got " + jdbcUrl);
        }
        return open(jdbcUrl, null, null, Dialect.POSTGRESQL, "PostgreSQL at " + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    }

    private static Database open(String url, String user, String password, Dialect dialect, String description) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setInitializationFailTimeout(1); // fail fast at start-up, never mid-request
        config.setPoolName("salesdx");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, dialect, description);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
        try {
            lock.close();
        } catch (Exception ignored) {
            // the OS releases the lock with the process anyway
        }
    }

    /** The one place where H2 and PostgreSQL SQL differ. */
    public enum Dialect {
        H2("MERGE INTO interview_answer (interview_id, question, value_json, dont_know, note, updated_at) "
                + "KEY (interview_id, question) VALUES (:interview, :question, :value, :dontKnow, :note, :at)"),
        POSTGRESQL("INSERT INTO interview_answer (interview_id, question, value_json, dont_know, note, updated_at) "
                + "VALUES (:interview, :question, :value, :dontKnow, :note, :at) ON CONFLICT (interview_id, question) "
                + "DO UPDATE SET value_json = EXCLUDED.value_json, dont_know = EXCLUDED.dont_know, note = EXCLUDED.note, "
                + "updated_at = EXCLUDED.updated_at");

        final String upsertAnswer;

        Dialect(String upsertAnswer) {
            this.upsertAnswer = upsertAnswer;
        }
    }
}
