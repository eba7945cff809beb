package com.salesdx.cli;

import com.salesdx.bench.Benchmark;
import com.salesdx.bench.ReloadBenchmark;
import com.salesdx.bench.ImpactBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure rule-base build time, diagnoses per second, latency and heap, with the shipped rules "
                + "and a generated rule base; compare with Drools alone.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--seconds", defaultValue = "5", description = "Measuring time per figure (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--generated-rules", defaultValue = "2000",
            description = "Size of the generated rule base (default: ${DEFAULT-VALUE}; 0 skips it).")
    int generatedRules;

    @Option(names = "--reload", description = "Measure hot reload instead: save-to-live time of a one-line rule edit, "
            + "and heap and metaspace over many reloads.")
    boolean reload;

    @Option(names = "--reloads", defaultValue = "500", description = "Reloads for --reload (default: ${DEFAULT-VALUE}).")
    int reloads;

    @Option(names = "--impact", description = "Measure impact instead: fill a temporary store with generated diagnoses "
            + "and compare them with a candidate that tunes one threshold.")
    boolean impact;

    @Option(names = "--diagnoses", defaultValue = "10000", description = "Stored diagnoses for --impact (default: ${DEFAULT-VALUE}).")
    int diagnoses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Every benchmark builds the rules, some in a fresh JVM: a broken file is reported here first, with file and line.
        if (knowledge.buildOrReport(spec.commandLine().getErr()).isEmpty()) {
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        if (reload) {
            // Hundreds of "version is live" lines would bury the figures; a warning still shows.
            if (System.getProperty("org.slf4j.simpleLogger.log.com.salesdx.live") == null) {
                System.setProperty("org.slf4j.simpleLogger.log.com.salesdx.live", "warn");
            }
            new ReloadBenchmark(knowledge.rules(), knowledge.kb(), reloads, spec.commandLine().getOut()).run();
            return ExitCodes.OK;
        }
        if (impact) {
            ImpactBenchmark.run(knowledge.rules(), knowledge.kb(), diagnoses, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        new Benchmark(knowledge.rules(), knowledge.kb(), seconds, generatedRules, spec.commandLine().getOut()).run();
        return ExitCodes.OK;
    }
}
