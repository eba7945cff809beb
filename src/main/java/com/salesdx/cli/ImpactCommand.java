package com.salesdx.cli;

import com.salesdx.impact.Impact;
import com.salesdx.impact.ImpactReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.store.DataDirectoryInUseException;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.StoreStartException;
import com.salesdx.store.StoredDiagnoses;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problems;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Before a rule change goes live: diagnose every stored diagnosis, scenario and client case with the "
                + "live and the candidate rules and knowledge, and list what changes. Exit 1 when the candidate is broken "
                + "or a scenario or case that passed now fails.")
final class ImpactCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "CANDIDATE_DIR", required = true, description = "The candidate rules folder.")
    Path candidateRules;

    @Option(names = "--kb", paramLabel = "CANDIDATE_KB",
            description = "The candidate knowledge-base folder (default: the live one).")
    Path candidateKb;

    @Option(names = "--live-rules", paramLabel = "DIR", description = "The live rules (default: as for every command).")
    Path liveRules;

    @Option(names = "--live-kb", paramLabel = "DIR", description = "The live knowledge base (default: as for every command).")
    Path liveKb;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the embedded database whose diagnoses are compared (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:SALESDX_DB}",
            description = "PostgreSQL instead of the embedded database (default: $SALESDX_DB).")
    String db;

    @Option(names = "--threads", defaultValue = "0", description = "Threads (default: one per core).")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeOptions live = new KnowledgeOptions();
        live.rules = liveRules;
        live.kb = liveKb;
        Path kb = candidateKb != null ? candidateKb : live.kb();
        requireFolder(candidateRules, "candidate rules");
        requireFolder(kb, "candidate knowledge-base");
        RuleBase liveBase;
        RuleBase candidate;
        try {
            liveBase = live.build();
        } catch (InvalidInputException e) {
            err.println("the live rules and knowledge cannot be built, so there is nothing to compare with: " + e.getMessage());
            err.flush();
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        try {
            candidate = RuleBaseBuilder.build(candidateRules, kb);
        } catch (InvalidInputException e) {
            err.println("the candidate is broken (nothing was compared): " + e.getMessage());
            err.flush();
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        Problems problems = new Problems();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Impact.Result result = withStored(err, stored -> Impact.run(new Impact.Side(liveBase, live.kb()),
                new Impact.Side(candidate, kb), stored, workers, problems));
        ImpactReport.print(result, out);
        if (!problems.isEmpty()) {
            err.println("invalid candidate scenarios or cases: " + problems.size() + " problem(s)");
            problems.list().forEach(p -> err.println("  " + p));
            err.flush();
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        int failing = result.newlyFailing().size();
        out.printf("%s%n", failing == 0 ? "No scenario or client case that passed fails with the candidate."
                : failing + " scenario(s) or client case(s) fail with the candidate: fix them before it goes live.");
        out.flush();
        return failing == 0 ? ExitCodes.OK : ExitCodes.KNOWLEDGE_PROBLEM;
    }

    private interface Comparison {
        Impact.Result run(StoredDiagnoses stored) throws InterruptedException;
    }

    /** The comparison over the stored diagnoses, the database open meanwhile; none (said once) without a data directory. */
    private Impact.Result withStored(PrintWriter err, Comparison comparison) throws InterruptedException {
        boolean embedded = db == null || db.isBlank();
        if (embedded && !Files.isDirectory(data)) {
            err.println("No data directory at " + data.toAbsolutePath().normalize() + ": only scenarios and client cases "
                    + "are compared (name the data with --data DIR or --db JDBC_URL).");
            err.flush();
            return comparison.run(StoredDiagnoses.none());
        }
        try (Database database = embedded ? Database.embedded(data) : Database.server(db)) {
            return comparison.run(new DiagnosisStore(database));
        } catch (DataDirectoryInUseException e) {
            throw new UsageException("cannot read the stored diagnoses: " + e.getMessage()
                    + " (a running server holds the embedded database; stop it, or compare a copy of the folder)", e);
        } catch (StoreStartException e) {
            throw new UsageException("cannot read the stored diagnoses: " + e.getMessage(), e);
        }
    }

    private static void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("No " + what + " folder at " + folder.toAbsolutePath().normalize() + ".");
        }
    }
}
