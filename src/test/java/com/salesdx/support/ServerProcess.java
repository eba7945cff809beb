package com.salesdx.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shaded jar run as an operator runs it, {@code java -Xmx256m -jar target/salesdx.jar serve --port P --data DIR},
 * in a child process: for tests that kill the server for real (kill -9) or start two on one data directory.
 * Its stdout and stderr go to files under {@code target/server-processes/} so a failure can be diagnosed.
 */
public final class ServerProcess implements AutoCloseable {
    public static final Path JAR = Path.of(System.getProperty("salesdx.jar", "target/salesdx.jar"));
    /** Generous: a start-up under load on a busy 2-core machine took up to 9 s; only a hang should reach this. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Path LOGS = Path.of("target", "server-processes");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    static {
        // Never leave a server behind, even when the test JVM is interrupted.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path stdout;
    private final Path stderr;

    private ServerProcess(Process process, int port, Path dataDir, Path stdout, Path stderr) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts a server on a free port and returns once it answers /api/health. */
    public static ServerProcess start(Path dataDir) {
        return start(dataDir, freePort());
    }

    /** Starts a server on {@code port} and returns once it answers /api/health (or throws, with its log). */
    public static ServerProcess start(Path dataDir, int port, String... moreArgs) {
        ServerProcess server = launch(dataDir, port, moreArgs);
        try {
            server.awaitHealthy(START_TIMEOUT);
        } catch (RuntimeException | Error e) {
            server.kill();
            throw e;
        }
        return server;
    }

    /** Starts a server without waiting for it: for a server that is expected to refuse to start. */
    public static ServerProcess launch(Path dataDir, int port, String... moreArgs) {
        int n = SEQUENCE.incrementAndGet();
        try {
            Files.createDirectories(LOGS);
            Path stdout = LOGS.resolve("server-" + ProcessHandle.current().pid() + "-" + n + ".out.log");
            Path stderr = LOGS.resolve("server-" + ProcessHandle.current().pid() + "-" + n + ".err.log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", JAR.toString(), "serve", "--port", Integer.toString(port),
                    "--data", dataDir.toString()));
            command.addAll(List.of(moreArgs));
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            RUNNING.add(process);
            process.onExit().thenRun(() -> RUNNING.remove(process));
            return new ServerProcess(process, port, dataDir, stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + JAR + " (run `mvn package` first)", e);
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls /api/health until it answers 200 with the rules compiled (the server listens before they are:
     * a test's first request should not spend its time budget waiting for them); fails at once, with the server's log, if the process exits. */
    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/api/health"))).timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " before answering "
                        + "/api/health\n" + logs());
            }
            try {
                HttpResponse<String> answer = CLIENT.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"rules\":\"ready\"")) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting up or refusing: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
            sleep(50);
        }
        throw new IllegalStateException("the server did not answer /api/health within " + timeout.toSeconds() + " s\n" + logs());
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public Process process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. Returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /** SIGTERM: the shutdown hook stops Jetty and closes the database; forcibly after 15 s. */
    public void stop() {
        process.destroy();
        if (awaitExit(Duration.ofSeconds(15)) == null) {
            kill();
        }
    }

    /** The exit code once the process has exited, or null if it is still running after {@code timeout}. */
    public Integer awaitExit(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public Path stdoutFile() {
        return stdout;
    }

    public Path stderrFile() {
        return stderr;
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** Both outputs, for a failure message; the tail only when they are long. */
    public String logs() {
        return "--- stdout (" + stdout + ") ---\n" + tail(stdout()) + "\n--- stderr (" + stderr + ") ---\n" + tail(stderr());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private static String tail(String text) {
        return text.length() <= 8_000 ? text : "...\n" + text.substring(text.length() - 8_000);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
