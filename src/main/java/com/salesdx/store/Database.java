package com.salesdx.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The store's connection: embedded H2 in a data directory by default, PostgreSQL when a JDBC URL
 * is given. The schema is migrated by Flyway at start-up, so a new directory just works.
 *
 * <p>Every wait on a server database is bounded: a connection from the pool ({@link #CONNECTION_TIMEOUT}),
 * connecting ({@code connectTimeout}) and each read from the socket ({@code socketTimeout}), so a stopped
 * or frozen database fails a request in seconds ({@link StoreUnavailableException}, answered 503) instead
 * of holding it; the pool drops dead connections and opens new ones once the database is back.
 */
public final class Database implements AutoCloseable {
    /** Longest wait for a pooled connection before a request is answered "store unavailable". */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    /** PostgreSQL driver timeouts, in seconds: connecting, logging in, and any single read (a frozen server). */
    static final int CONNECT_TIMEOUT_S = 2;
    static final int LOGIN_TIMEOUT_S = 3;
    static final int SOCKET_TIMEOUT_S = 5;

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
        usableDataDirectory(absolute);
        DataDirectoryLock lock = DataDirectoryLock.acquire(absolute);
        // A 4 MB page cache instead of H2's 16 MB: stored results are written once and read now and then, so the
        // larger cache only kept about 4 MB more of the heap live under load (measured with bench/http-load.sh).
        String url = "jdbc:h2:file:" + absolute.resolve("salesdx") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=4096";
        try {
            Database database = open(url, null, null, Dialect.H2, "embedded H2 in " + absolute);
            database.lock = lock;
            return database;
        } catch (HikariPool.PoolInitializationException e) {
            lock.close();
            if (String.valueOf(e.getMessage()).contains("already in use")) {
                throw new DataDirectoryInUseException(absolute.toString(), e);
            }
            throw new StoreStartException("cannot open the embedded database in " + absolute + ": " + rootMessage(e), e);
        } catch (RuntimeException e) {
            lock.close();
            throw new StoreStartException("cannot open the embedded database in " + absolute + ": " + rootMessage(e), e);
        }
    }

    /** Creates the data directory if needed and checks it can be written, with a message that says how to fix it. */
    private static void usableDataDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new StoreStartException("the data directory " + dir + " is a file, not a directory; "
                    + "choose another with --data DIR", e);
        } catch (IOException e) {
            throw new StoreStartException("cannot create the data directory " + dir + " (" + describe(e)
                    + "); choose another with --data DIR", e);
        }
        if (!Files.isReadable(dir) || !Files.isWritable(dir)) {
            throw new StoreStartException("the data directory " + dir + " is not readable and writable by this user; "
                    + "fix its permissions or choose another with --data DIR", null);
        }
    }

    private static String describe(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** A server database, e.g. jdbc:postgresql://host:5432/salesdx?user=...&password=... */
    public static Database server(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new StoreStartException("--db takes a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://host:5432/salesdx?user=u&password=p, not " + redact(jdbcUrl), null);
        }
        String where = redact(jdbcUrl);
        try {
            return open(jdbcUrl, null, null, Dialect.POSTGRESQL, "PostgreSQL at " + where);
        } catch (RuntimeException e) {
            throw new StoreStartException("cannot use the PostgreSQL database " + where + ": " + hint(e) + " ("
                    + rootMessage(e) + ")", e);
        }
    }

    /** The URL without its password, for messages and logs. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** What to change in --db, from the SQLState of the driver's error. */
    private static String hint(Throwable e) {
        String state = null;
        for (Throwable t = e; t != null && state == null; t = t.getCause() == t ? null : t.getCause()) {
            state = t instanceof SQLException sql ? sql.getSQLState() : null;
        }
        if (state == null) {
            return "check the URL";
        }
        if (state.startsWith("28")) {
            return "wrong user or password";
        }
        if (state.equals("3D000")) {
            return "no such database; create it or name another";
        }
        if (state.startsWith("08")) {
            return "cannot reach it; check the host and port, and that PostgreSQL is running";
        }
        return "check the URL and the database";
    }

    /** The driver's own message (the innermost SQLException's), else the innermost one: it names the real problem. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        Throwable sql = null;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            sql = root instanceof SQLException ? root : sql;
        }
        root = sql != null ? sql : root;
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("(?i)(password=)[^&\\s]*", "$1***").strip();
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
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(1_000);
        config.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
        config.setPoolName("salesdx");
        if (dialect == Dialect.POSTGRESQL) {
            // Defaults only: the same settings given in the URL win.
            config.addDataSourceProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_S));
            config.addDataSourceProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_S));
            config.addDataSourceProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_S));
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }
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

    /** Whether the database answers now (within the pool's connection timeout). */
    public boolean isAvailable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
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
