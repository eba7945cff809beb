package com.salesdx.cli;

import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.server.HealthInfo;
import com.salesdx.server.SalesdxServer;
import com.salesdx.service.DiagnosisService;
import com.salesdx.interview.FinishedInterviews;
import com.salesdx.service.InterviewService;
import com.salesdx.store.DataDirectoryInUseException;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.InterviewStore;
import com.salesdx.store.StoreStartException;
import com.salesdx.yaml.InvalidInputException;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web application: questionnaires, results and the JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 serves the network).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the embedded database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:SALESDX_DB}",
            description = "PostgreSQL instead of the embedded database, e.g. jdbc:postgresql://host:5432/salesdx?user=u&password=p "
                    + "(default: $SALESDX_DB).")
    String db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        requireFreePort();
        // Compiling the rules and opening the database are independent: do both at once to start sooner.
        CompletableFuture<RuleBase> building = CompletableFuture.supplyAsync(knowledge::build);
        Database database;
        try {
            database = db == null || db.isBlank() ? Database.embedded(data) : Database.server(db);
        } catch (DataDirectoryInUseException | StoreStartException e) {
            throw new UsageException("cannot start: " + e.getMessage(), e);
        }
        RuleBaseHolder rules;
        try {
            rules = new RuleBaseHolder(building.join());
        } catch (CompletionException e) {
            database.close();
            if (e.getCause() instanceof UsageException usage) {
                throw usage;
            }
            err.println(e.getCause() instanceof InvalidInputException ? e.getCause().getMessage() : "cannot start: " + e.getCause());
            err.flush();
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        DiagnosisService diagnoses = new DiagnosisService(rules, new DiagnosisStore(database));
        InterviewService interviews = new InterviewService(new InterviewStore(database), diagnoses,
                new FinishedInterviews(database.jdbi()));
        Javalin app = SalesdxServer.create(diagnoses, interviews, new HealthInfo(rules, database::isAvailable), host,
                knowledge.kb());
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            database.close();
            if (causedBy(e, BindException.class)) {
                throw new UsageException(portInUse(), e);
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        out.printf("salesdx is running at http://%s:%d/ (rules version %s, %s)%n", shown, app.port(),
                rules.current().version(), database.description());
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** Fails before anything is opened when the port is taken: the common case gets a one-line answer at once. */
    private void requireFreePort() {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UsageException(portInUse(), e);
        }
    }

    private String portInUse() {
        return "cannot start: port " + port + " on " + host + " is already in use (or not available to this user); "
                + "pick another with --port N (--port 0 picks a free one)";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t) || (t.getMessage() != null && t.getMessage().contains("already in use"))) {
                return true;
            }
        }
        return false;
    }
}
