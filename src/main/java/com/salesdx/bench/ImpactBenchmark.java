package com.salesdx.bench;

import com.salesdx.answers.AnswerForm;
import com.salesdx.answers.AnswerSet;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.impact.Impact;
import com.salesdx.impact.Subject;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.StoredDiagnoses;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The impact target, measured: a temporary embedded store is filled with generated diagnoses,
 * then compared against a candidate that tunes one threshold (the plan-review limit, 18 -> 12
 * months), reading the answers from the store and diagnosing each twice on every core.
 */
public final class ImpactBenchmark {
    /** Saves in flight while filling: enough to fill the store's group commits. */
    private static final int FILL_THREADS = 32;
    /** Diagnoses made, then saved, together: each result is about 90 KB of JSON, and the launcher's heap is small. */
    private static final int FILL_SLICE = 64;
    static final String EDITED = "compensation.recalibration_months";

    private ImpactBenchmark() {
    }

    public static void run(Path rules, Path kb, int count, PrintWriter out) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "salesdx bench --impact: %d cores, max heap %d MB, Java %s, %,d stored diagnoses%n", cores,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), count);
        Path temp = Files.createTempDirectory("salesdx-impact-bench");
        try {
            RuleBase live = RuleBaseBuilder.build(rules, kb);
            Path candidateKb = temp.resolve("knowledge-base");
            copy(kb, candidateKb);
            Path thresholds = candidateKb.resolve("thresholds.yaml");
            Files.writeString(thresholds, Files.readString(thresholds).replaceFirst(
                    "(- id: " + java.util.regex.Pattern.quote(EDITED) + "\\s+value:\\s*)\\d+", "$112"));
            RuleBase candidate = RuleBaseBuilder.build(rules, candidateKb);
            long fill = System.nanoTime();
            try (Database database = Database.embedded(temp.resolve("data"))) {
                fill(live, new DiagnosisStore(database), count);
            }
            out.printf(Locale.ROOT, "filled the store in %,d ms%n", (System.nanoTime() - fill) / 1_000_000);
            for (int round = 1; round <= 3; round++) {
                long cpuStart = processCpuNanos();
                Impact.Result result;
                try (Database database = Database.embedded(temp.resolve("data"))) {
                    result = Impact.run(new Impact.Side(live, kb), new Impact.Side(candidate, candidateKb),
                            new DiagnosisStore(database), cores, new Problems());
                }
                long cpu = (processCpuNanos() - cpuStart) / 1_000_000;
                long changed = result.changes(Subject.Kind.STORED).size();
                out.printf(Locale.ROOT, "round %d: %,d stored diagnoses read and compared (a slice of %d at a time) in %,d ms: "
                        + "%,.0f stored diagnoses/s (each diagnosed twice); %,d changed; heap after: %s; CPU used %,d ms (%,d ms "
                        + "per core on %d cores: the wall time on an otherwise idle machine)%n", round, result.stored(),
                        StoredDiagnoses.SLICE, result.storedMillis(), result.stored() * 1000.0 / Math.max(1, result.storedMillis()),
                        changed, heapUsed(), cpu, cpu / cores, cores);
                out.flush();
            }
            out.println("target: 10,000 stored diagnoses compared in under 10 s");
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    /** A slice at a time, so ten thousand diagnoses never sit in memory together (the launcher's heap is small). */
    private static void fill(RuleBase live, DiagnosisStore store, int count) throws Exception {
        java.util.Random random = new java.util.Random(7);
        ExecutorService pool = Executors.newFixedThreadPool(FILL_THREADS);
        try {
            for (int done = 0; done < count; done += FILL_SLICE) {
                List<AnswerSet> samples = SampleAnswers.generate(live.knowledge(), "consultant",
                        Math.min(FILL_SLICE, count - done), random);
                // Diagnosed on the cores first: 32 threads diagnosing on 2 cores would starve each other past the time budget.
                List<byte[]> results = samples.parallelStream().map(a -> JsonReport.compactUtf8(Diagnoser.diagnose(live, a))).toList();
                List<Future<?>> saves = java.util.stream.IntStream.range(0, samples.size()).<Future<?>>mapToObj(i -> pool.submit(
                        () -> store.save(samples.get(i).questionnaire(), JsonReport.compact(AnswerForm.of(samples.get(i))),
                                results.get(i), live.version(), null))).toList();
                for (Future<?> save : saves) {
                    save.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String heapUsed() {
        Runtime runtime = Runtime.getRuntime();
        return ((runtime.totalMemory() - runtime.freeMemory()) >> 20) + " MB used of " + (runtime.maxMemory() >> 20) + " MB";
    }

    /** CPU time of this process, all threads (JIT and GC included): what a shared machine cannot take away. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        }
    }
}
