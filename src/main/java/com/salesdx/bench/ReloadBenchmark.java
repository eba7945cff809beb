package com.salesdx.bench;

import com.salesdx.knowledge.KnowledgeLoader;
import com.salesdx.live.LiveRules;
import com.salesdx.rules.ContentVersion;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.store.Database;
import com.salesdx.store.RuleVersionStore;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Hot reload as a domain expert lives it, on a copy of the given rules served live (folders watched,
 * versions recorded in an embedded database): how long a one-line rule edit takes from saving to
 * serving, and whether heap and metaspace stay flat over many reloads (old rule bases and their
 * class loaders released).
 */
public final class ReloadBenchmark {
    private static final int TIMED_EDITS = 20;
    private static final String EDITED_FILE = "strategy.drl";

    private final Path rules;
    private final Path kb;
    private final int reloads;
    private final PrintWriter out;

    public ReloadBenchmark(Path rules, Path kb, int reloads, PrintWriter out) {
        this.rules = rules;
        this.kb = kb;
        this.reloads = reloads;
        this.out = out;
    }

    public void run() throws Exception {
        Path folder = Files.createTempDirectory("salesdx-reload");
        try {
            Path liveRules = copy(rules, folder.resolve("rules"));
            Path liveKb = copy(kb, folder.resolve("knowledge-base"));
            out.printf(Locale.ROOT, "salesdx bench --reload: %d cores, load average %.2f, max heap %d MB, Java %s%n",
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            fullBuilds(liveRules, liveKb);
            try (Database database = Database.embedded(folder.resolve("data"));
                    LiveRules live = LiveRules.start(liveRules, liveKb, KnowledgeLoader.load(liveKb, new Problems()).orElseThrow(),
                            ContentVersion.of(liveRules, liveKb), new RuleVersionStore(database)).watch()) {
                RuleBase first = live.firstBuilt().join();
                out.printf(Locale.ROOT, "first build in this JVM: %d ms, %d rules%n", first.buildMillis(), first.rules().size());
                Edits edits = new Edits(liveRules.resolve(EDITED_FILE));
                saveToLive(live, edits);
                memoryOverReloads(live, edits);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    /** A full build compiles every file; a live reload compiles only the files that changed. */
    private void fullBuilds(Path liveRules, Path liveKb) {
        long[] millis = new long[3];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = RuleBaseBuilder.build(liveRules, liveKb).buildMillis();
        }
        out.printf(Locale.ROOT, "full build (every file compiled), warm: %s ms%n", Arrays.toString(millis));
    }

    private void saveToLive(LiveRules live, Edits edits) throws IOException {
        long[] millis = new long[TIMED_EDITS];
        long[] builds = new long[TIMED_EDITS];
        for (int i = 0; i < TIMED_EDITS; i++) {
            millis[i] = edits.saveAndAwaitLive(live);
            builds[i] = live.holder().current().buildMillis();
        }
        Arrays.sort(millis);
        Arrays.sort(builds);
        out.printf(Locale.ROOT, "one-line rule edit, save to live (%d edits, debounce %d ms): p50 %d ms, max %d ms; "
                + "rebuild p50 %d ms, max %d ms (one file compiled, the others reused)%n", TIMED_EDITS,
                LiveRules.DEBOUNCE.toMillis(), millis[TIMED_EDITS / 2], millis[TIMED_EDITS - 1], builds[TIMED_EDITS / 2],
                builds[TIMED_EDITS - 1]);
        out.flush();
    }

    private void memoryOverReloads(LiveRules live, Edits edits) throws IOException {
        out.printf("%d reloads, each waited until live; heap after GC, metaspace and classes at start, middle and end:%n", reloads);
        memory("start", 0);
        long started = System.nanoTime();
        for (int i = 1; i <= reloads; i++) {
            edits.saveAndAwaitLive(live);
            if (i == reloads / 2 || i == reloads) {
                memory(i == reloads ? "end" : "middle", i);
            }
        }
        out.printf(Locale.ROOT, "  %d reloads in %.1f s (%.0f ms each, debounce included)%n", reloads,
                (System.nanoTime() - started) / 1e9, (System.nanoTime() - started) / 1e6 / Math.max(1, reloads));
    }

    private void memory(String label, int done) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long metaspace = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
        var classes = ManagementFactory.getClassLoadingMXBean();
        out.printf(Locale.ROOT, "  %-6s after %3d reloads: heap after GC %5.1f MB   metaspace %5.1f MB   classes loaded %d, unloaded %d%n",
                label, done, heap / 1048576.0, metaspace / 1048576.0, classes.getLoadedClassCount(), classes.getUnloadedClassCount());
        out.flush();
    }

    /** A one-line edit to one rule, toggled: its severity goes from high to medium and back. */
    private static final class Edits {
        private final Path file;
        private final String original;
        private final String edited;
        private boolean toggled;

        Edits(Path file) throws IOException {
            this.file = file;
            this.original = Files.readString(file);
            this.edited = original.replaceFirst("@severity\\(high\\)", "@severity(medium)");
        }

        long saveAndAwaitLive(LiveRules live) throws IOException {
            String before = live.holder().version();
            toggled = !toggled;
            long saved = System.nanoTime();
            Files.writeString(file, toggled ? edited : original);
            long deadline = saved + 60_000_000_000L;
            while (live.holder().version().equals(before)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the edit did not go live within 60 s: " + live.lastRejection());
                }
                Thread.onSpinWait();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return (System.nanoTime() - saved) / 1_000_000;
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
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
        return to;
    }
}
