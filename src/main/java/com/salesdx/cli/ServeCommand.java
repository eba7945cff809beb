package com.salesdx.cli;

import com.salesdx.accounts.AccountService;
import com.salesdx.accounts.AccountSettings;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.live.LiveRules;
import com.salesdx.rules.ContentVersion;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.server.Features;
import com.salesdx.server.HealthInfo;
import com.salesdx.server.SalesdxServer;
import com.salesdx.service.DiagnosisService;
import com.salesdx.interview.FinishedInterviews;
import com.salesdx.service.InterviewService;
import com.salesdx.store.DataDirectoryInUseException;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.InterviewStore;
import com.salesdx.store.RuleVersionStore;
import com.salesdx.web.engagements.DemoEngagement;
import com.salesdx.web.engagements.EngagementRoutes;
import com.salesdx.web.engagements.EngagementService;
import com.salesdx.web.live.LiveRulesRoutes;
import com.salesdx.store.StoreStartException;
import com.salesdx.yaml.InvalidInputException;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.IOException;
import java.net.BindException;
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
class ServeCommand implements Callable<Integer> {
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

    @Option(names = "--no-watch",
            description = "Do not watch rules/ and knowledge-base/: edits go live only after a restart.")
    boolean noWatch;

    @Option(names = "--candidates", paramLabel = "DIR",
            description = "Folder of candidate rule changes the rules page can compare with the live rules: one subfolder "
                    + "per candidate, holding rules/ and optionally knowledge-base/ (default: candidates beside knowledge-base).")
    Path candidates;

    @Option(names = "--demo",
            description = "Load a fictional client engagement (two rounds, seven respondents) owned by a demo consultant "
                    + "whose email and password are printed here.")
    boolean demo;

    @Option(names = "--train-and-exit", hidden = true,
            description = "Start, request the pages a first visitor asks for, and stop: the launcher records its "
                    + "start-up archive from this run.")
    boolean trainAndExit;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        ListenAddress.requireUsable(host, port);
        // The server listens as soon as the knowledge base is read and the database is open (both at once);
        // the rules compile in the background and requests that need them wait (RuleBaseHolder.FIRST_BUILD_WAIT).
        CompletableFuture<Knowledge> loading = CompletableFuture.supplyAsync(knowledge::loadKnowledge);
        Database database;
        try {
            database = db == null || db.isBlank() ? Database.embedded(data) : Database.server(db);
        } catch (DataDirectoryInUseException | StoreStartException e) {
            throw new UsageException("cannot start: " + e.getMessage(), e);
        }
        LiveRules live;
        try {
            live = LiveRules.start(knowledge.rules(), knowledge.kb(), loading.join(),
                    ContentVersion.of(knowledge.rules(), knowledge.kb()), new RuleVersionStore(database));
        } catch (CompletionException e) {
            database.close();
            return knowledgeProblem(err, e);
        }
        if (!noWatch) {
            live.watch();
        }
        RuleBaseHolder rules = live.holder();
        DiagnosisService diagnoses = new DiagnosisService(rules, new DiagnosisStore(database));
        InterviewService interviews = new InterviewService(new InterviewStore(database), diagnoses,
                new FinishedInterviews(database.jdbi()));
        AccountService accounts = new AccountService(database, AccountSettings.DEFAULT);
        EngagementService engagements = new EngagementService(database, interviews, diagnoses);
        Javalin app = SalesdxServer.create(diagnoses, interviews, accounts, new HealthInfo(rules, database::isAvailable), host,
                new Features(new LiveRulesRoutes(live, new RuleVersionStore(database)), new EngagementRoutes(engagements),
                        knowledge.kb(), candidates != null ? candidates : Features.besideOf(knowledge.kb())));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            live.close();
            database.close();
            if (causedBy(e, BindException.class)) {
                throw new UsageException(ListenAddress.portInUse(host, port), e);
            }
            throw e;
        }
        long listening = (System.nanoTime() - started) / 1_000_000;
        if (trainAndExit) {
            return train(app, live, database);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            app.stop();
            live.close();
            database.close();
            afterShutdown();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        out.printf("salesdx is running at http://%s:%d/ (rules version %s, %s), listening %d ms after start; "
                + "compiling the rules...%n", shown, app.port(), rules.version(), database.description(), listening);
        if (!accounts.hasAccounts() && !demo) { // the demo prints its own login once it is loaded
            out.println("No consultant account yet: create the first (an admin) with `salesdx user add EMAIL`, then sign in at /login.");
        }
        out.flush();
        try {
            RuleBase built = live.firstBuilt().join();
            out.printf("rules ready: %d rules, compiled in %d ms (%d ms after start); %s%n", built.rules().size(),
                    built.buildMillis(), (System.nanoTime() - started) / 1_000_000, noWatch
                            ? "not watching for edits (--no-watch)"
                            : "watching " + knowledge.rules() + " and " + knowledge.kb() + ": a saved edit goes live when valid");
            out.flush();
            if (demo) {
                printDemo(out, DemoEngagement.load(engagements, accounts,
                        knowledge.kb().toAbsolutePath().getParent().resolve("examples/engagement")), shown, app.port());
            }
        } catch (CompletionException e) {
            if (stopping.get()) {
                // Stopped (Ctrl-C) while the rules were compiling: not a problem with the rules.
                stopped.await();
                return ExitCodes.OK;
            }
            app.stop();
            live.close();
            database.close();
            return knowledgeProblem(err, e);
        }
        stopped.await();
        return ExitCodes.OK;
    }

    /** Runs last when a signal stops the server, once the database is closed: a subclass cleans up here. */
    void afterShutdown() {
    }

    private int train(Javalin app, LiveRules live, Database database) {
        try {
            live.firstBuilt().join();
            StartUpTraining.run(host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host, app.port());
            return ExitCodes.OK;
        } catch (IOException | CompletionException e) {
            spec.commandLine().getErr().println("start-up training failed: " + e);
            return ExitCodes.KNOWLEDGE_PROBLEM;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.KNOWLEDGE_PROBLEM;
        } finally {
            app.stop();
            live.close();
            database.close();
        }
    }

    private static void printDemo(PrintWriter out, DemoEngagement.Loaded loaded, String host, int port) {
        if (loaded.password().isEmpty()) {
            out.printf("Demo: this store already holds the demo engagement; sign in as %s with the password printed when it "
                    + "was loaded (or start `salesdx demo`, which uses a fresh store each time).%n", loaded.email());
        } else {
            String base = "http://" + host + ":" + port;
            out.printf("Demo loaded: a fictional client in two rounds, seven respondents each (round 1 finished, round 2 "
                    + "open).%n  sign in at %s/login as an admin%n  email:    %s%n  password: %s%n"
                    + "  then open %s/engagements/%s/report (and its comparison with round 1)%n",
                    base, loaded.email(), loaded.password().get(), base, loaded.latest().orElseThrow().id());
        }
        out.flush();
    }

    private static int knowledgeProblem(PrintWriter err, CompletionException e) {
        if (e.getCause() instanceof UsageException usage) {
            throw usage;
        }
        err.println(e.getCause() instanceof InvalidInputException ? e.getCause().getMessage() : "cannot start: " + e.getCause());
        err.flush();
        return ExitCodes.KNOWLEDGE_PROBLEM;
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
