package com.salesdx.bench;

import com.salesdx.answers.AnswerSet;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.StageTimes;
import com.salesdx.facts.Answer;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kie.api.runtime.KieSession;

/**
 * The benchmark behind the README's figures: build times (cold in a fresh JVM, warm in this one),
 * diagnoses per second on one and two threads with p50/p99 latency, and heap, for the shipped
 * rules and for a generated rule base; each next to Drools alone on the same rules and facts.
 */
public final class Benchmark {
    private static final int SAMPLE_SETS = 200;

    private final Path rules;
    private final Path kb;
    private final double seconds;
    private final int generatedRules;
    private final PrintWriter out;

    public Benchmark(Path rules, Path kb, double seconds, int generatedRules, PrintWriter out) {
        this.rules = rules;
        this.kb = kb;
        this.seconds = seconds;
        this.generatedRules = generatedRules;
        this.out = out;
    }

    public void run() throws Exception {
        out.printf(Locale.ROOT, "salesdx bench: %d cores, max heap %d MB, Java %s, %.0f s per figure, %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), seconds, load());
        measure("shipped rules", rules, kb);
        if (generatedRules > 0) {
            Path folder = Files.createTempDirectory("salesdx-bench");
            try {
                RuleBase shipped = RuleBaseBuilder.build(rules, kb);
                Path generatedKb = RuleGenerator.write(shipped.knowledge(), kb, folder, generatedRules, 42);
                measure(generatedRules + " generated rules", folder.resolve("rules"), generatedKb);
            } finally {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        out.flush();
    }

    private void measure(String label, Path ruleFolder, Path kb) throws Exception {
        out.printf("%n== %s ==%n", label);
        long cold = coldBuildMillis(ruleFolder, kb);
        // Warm: the JVM has built rule bases before (as a server that reloads has); median of the last 5 of 10.
        long[] warm = new long[10];
        RuleBase ruleBase = null;
        for (int i = 0; i < warm.length; i++) {
            long start = System.nanoTime();
            ruleBase = RuleBaseBuilder.build(ruleFolder, kb);
            warm[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] last = Arrays.copyOfRange(warm, 5, 10);
        Arrays.sort(last);
        out.printf(Locale.ROOT, "rules: %d   build: cold %d ms (fresh JVM), warm %d ms (median of builds 6-10), first rebuild %d ms%n",
                ruleBase.rules().size(), cold, last[2], warm[0]);
        RuleBase base = ruleBase;
        List<AnswerSet> answers = SampleAnswers.generate(base.knowledge(), "consultant", SAMPLE_SETS, 7);
        List<List<Answer>> facts = new ArrayList<>();
        answers.forEach(a -> facts.add(Diagnoser.facts(base, a)));
        double findings = answers.stream().mapToInt(a -> Diagnoser.diagnose(base, a).findings().size()).average().orElse(0);
        out.printf(Locale.ROOT, "answers per diagnosis: %d   findings per diagnosis: %.1f (mean)%n",
                answers.get(0).answers().size(), findings);
        // Warm-up, on one thread and on two, so the JIT has settled before anything is measured.
        for (int threads = 1; threads <= 2; threads++) {
            LoadRunner.run(threads, Math.min(3, seconds), answers, a -> Diagnoser.diagnose(base, a));
            LoadRunner.run(threads, Math.min(3, seconds), facts, f -> bareSession(base, f));
        }
        for (int threads = 1; threads <= 2; threads++) {
            LoadRunner.Result engine = LoadRunner.run(threads, seconds, answers, a -> Diagnoser.diagnose(base, a));
            LoadRunner.Result drools = LoadRunner.run(threads, seconds, facts, f -> bareSession(base, f));
            line("salesdx", engine);
            line("drools alone", drools);
            out.printf(Locale.ROOT, "  overhead on %d thread(s): %.2fx throughput, %.2fx p50%n", threads,
                    drools.perSecond() / engine.perSecond(), engine.p50Micros() / drools.p50Micros());
        }
        stages(base, answers);
        // The benchmark's own threads count too: well above the number of cores, something else shared the CPU.
        out.printf(Locale.ROOT, "  machine after these runs: %s on %d cores%n", load(), Runtime.getRuntime().availableProcessors());
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.printf(Locale.ROOT, "heap used after GC with this rule base loaded: %d MB%n", heap >> 20);
        out.flush();
    }

    /**
     * Where one diagnosis's time goes, stage by stage, on one thread: the figure to watch when tuning
     * salesdx's own work, since it compares stages of the same diagnoses rather than two separate runs.
     */
    private void stages(RuleBase base, List<AnswerSet> answers) {
        StageTimes times = new StageTimes();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; System.nanoTime() < end; i++) {
            Diagnoser.diagnose(base, answers.get(i % answers.size()), List.of(), times);
        }
        Map<StageTimes.Stage, Double> means = times.meanMicros();
        out.printf(Locale.ROOT, "  where the time goes (1 thread, %,d diagnoses, mean per diagnosis):%n", times.diagnoses());
        double own = 0;
        for (Map.Entry<StageTimes.Stage, Double> stage : means.entrySet()) {
            out.printf(Locale.ROOT, "    %-28s %7.1f us%n", stage.getKey().label(), stage.getValue());
            if (stage.getKey() != StageTimes.Stage.RULES) {
                own += stage.getValue();
            }
        }
        out.printf(Locale.ROOT, "    salesdx's own stages: %.1f us, %.2f of the Drools time%n", own,
                own / means.get(StageTimes.Stage.RULES));
    }

    /** The machine's load over the last minute, this benchmark's own threads included. */
    static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "load average not available" : String.format(Locale.ROOT, "load average %.2f", load);
    }

    private void line(String who, LoadRunner.Result r) {
        out.printf(Locale.ROOT, "  %-13s %d thread(s): %,9.0f diagnoses/s   p50 %7.1f us   p99 %7.1f us%n", who,
                r.threads(), r.perSecond(), r.p50Micros(), r.p99Micros());
    }

    /**
     * Drools alone: a fresh session on the same facts and the same compiled rules, as plain Drools use
     * would do it: no session pool, no answer parsing, merging, scoring or ranking.
     */
    private static void bareSession(RuleBase base, List<Answer> facts) {
        KieSession session = base.kieBase().newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    private long coldBuildMillis(Path ruleFolder, Path kb) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ColdBuild.class.getName(), ruleFolder.toString(), kb.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("cold build failed: " + output);
        }
        String[] lines = output.split("\\R");
        return Long.parseLong(lines[lines.length - 1].trim());
    }
}
