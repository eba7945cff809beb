package com.salesdx.cli;

import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.server.HealthInfo;
import com.salesdx.server.SalesdxServer;
import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.store.DataDirectoryInUseException;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.InterviewStore;
import com.salesdx.yaml.InvalidInputException;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
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

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the embedded database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:SALESDX_DB}",
            description = "PostgreSQL instead of the embedded database, e.g. jdbc:postgresql://host:5432/salesdx?user=u&password=p "
                    + "(default: $SALESDX_DB).")
    String db;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        // Compiling the rules and opening the database are independent: do both at once to start sooner.
        CompletableFuture<RuleBase> building = CompletableFuture.supplyAsync(knowledge::build);
        Database database;
        try {
            database = db == null || db.isBlank() ? Database.embedded(data) : Database.server(db);
        } catch (DataDirectoryInUseException | IllegalArgumentException e) {
            err.println("cannot start: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT_PROBLEM;
        }
        RuleBaseHolder rules;
        try {
            rules = new RuleBaseHolder(building.join());
        } catch (CompletionException e) {
            database.close();
            err.println(e.getCause() instanceof InvalidInputException ? e.getCause().getMessage() : "cannot start: " + e.getCause());
            err.flush();
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        DiagnosisService diagnoses = new DiagnosisService(rules, new DiagnosisStore(database));
        InterviewService interviews = new InterviewService(new InterviewStore(database), diagnoses);
        Javalin app = SalesdxServer.create(diagnoses, interviews, new HealthInfo(rules, database.description(), Instant.now()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
            stopped.countDown();
        }));
        app.start(host, port);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("salesdx is running at http://localhost:%d/ (rules version %s, %s)%n", app.port(),
                rules.current().version(), database.description());
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
