package com.salesdx.live;

import com.salesdx.knowledge.Knowledge;
import com.salesdx.rules.CompiledFiles;
import com.salesdx.rules.FileHashes;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.store.RuleVersionStore;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rules that go live while the server runs. Every build (the first one at start-up and each reload)
 * runs on one thread of its own, never on a request's: a change asks for a build {@link #DEBOUNCE}
 * later, a change during a build asks for one more after it, and each build reads the folders as
 * they are then, so a burst of saves ends on the last one. A valid build is swapped in atomically
 * ({@link RuleBaseHolder}) and recorded in the version history; an invalid one is kept as the last
 * {@link Rejection}, with every problem's file and line, while the version in force keeps serving.
 */
public final class LiveRules implements AutoCloseable {
    /** Editors write a file in several steps; wait this long after the last event before building. */
    public static final Duration DEBOUNCE = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);

    private final Path rulesDir;
    private final Path kbDir;
    private final Optional<RuleVersionStore> history;
    private final CompiledFiles compiled = new CompiledFiles();
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "salesdx-rules-builder");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<RuleBase> first;
    private final RuleBaseHolder holder;
    private volatile FileHashes liveFiles;
    private volatile Rejection lastRejection;
    private volatile boolean filesRejected;
    private volatile int builds;
    private ScheduledFuture<?> pending;
    private RuleFolderWatcher watcher;

    private LiveRules(Path rulesDir, Path kbDir, Knowledge knowledge, String version, RuleVersionStore history) {
        this.rulesDir = rulesDir;
        this.kbDir = kbDir;
        this.history = Optional.ofNullable(history);
        this.first = CompletableFuture.supplyAsync(this::firstBuild, builder);
        this.holder = RuleBaseHolder.loading(knowledge, version, first);
    }

    /**
     * Builds the first rule base in the background from {@code knowledge} (already loaded and valid, of
     * content {@code version}); {@link #holder()} serves the knowledge at once and the rules once built.
     * {@code history} may be null (no version history is kept).
     */
    public static LiveRules start(Path rulesDir, Path kbDir, Knowledge knowledge, String version, RuleVersionStore history) {
        return new LiveRules(rulesDir, kbDir, knowledge, version, history);
    }

    /** Starts watching the folders: from now on, every saved edit is built and, if valid, goes live. */
    public synchronized LiveRules watch() {
        if (watcher == null) {
            watcher = new RuleFolderWatcher(List.of(rulesDir, kbDir), this::changed);
        }
        return this;
    }

    public RuleBaseHolder holder() {
        return holder;
    }

    /** The first build: completes with the rule base, or exceptionally with every problem of the files. */
    public CompletableFuture<RuleBase> firstBuilt() {
        return first;
    }

    /** Asks for a build once the files have been quiet for {@link #DEBOUNCE}. */
    public synchronized void changed() {
        if (pending != null) {
            pending.cancel(false); // a build already running is not interrupted; this one follows it
        }
        pending = builder.schedule(this::reload, DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether saved edits are being watched for: false before {@link #watch()} and once the watcher has stopped. */
    public synchronized boolean watching() {
        return watcher != null && watcher.alive();
    }

    /** The last edit that was refused, if any since start. */
    public Optional<Rejection> lastRejection() {
        return Optional.ofNullable(lastRejection);
    }

    /** Whether the files as they are now were refused (the version in force is then older than the files). */
    public boolean filesRejected() {
        return filesRejected;
    }

    /** Builds finished since start, valid or not (tests and the benchmark wait on it). */
    public int builds() {
        return builds;
    }

    private RuleBase firstBuild() {
        RuleBase built = RuleBaseBuilder.build(rulesDir, kbDir, compiled);
        FileHashes files = FileHashes.of(rulesDir, kbDir);
        liveFiles = files;
        history.ifPresent(store -> recordFirst(store, built, files));
        builds++;
        return built;
    }

    private void reload() {
        try {
            if (holder.ready() && liveFiles != null && FileHashes.of(rulesDir, kbDir).equals(liveFiles)) {
                filesRejected = false; // back to what is live (an editor's temporary file, or an edit undone)
                return;
            }
            RuleBase next = RuleBaseBuilder.build(rulesDir, kbDir, compiled);
            FileHashes files = FileHashes.of(rulesDir, kbDir);
            FileHashes before = liveFiles;
            holder.replace(next);
            liveFiles = files;
            filesRejected = false;
            Map<String, String> changes = changes(files, before);
            LOG.info("rules version {} is live: {} rules, built in {} ms ({} file(s) compiled); changed: {}", next.version(),
                    next.rules().size(), next.buildMillis(), compiled.compiledInLastBuild(), changes);
            history.ifPresent(store -> record(store, next, files, changes));
        } catch (InvalidInputException e) {
            reject(e.problems());
        } catch (RuntimeException | StackOverflowError e) {
            reject(List.of(Problem.inFile(shown(rulesDir.toString()), "the rules could not be built: " + e)));
        } finally {
            builds++;
        }
    }

    private void reject(List<Problem> problems) {
        List<Problem> shown = problems.stream().map(p -> new Problem(shown(p.file()), p.line(), p.column(), p.field(),
                p.message())).toList();
        lastRejection = new Rejection(Instant.now(), shown);
        filesRejected = true;
        StringBuilder message = new StringBuilder("edit NOT live, version " + holder.version() + " keeps serving; "
                + shown.size() + " problem(s):");
        shown.forEach(p -> message.append("\n  ").append(p));
        LOG.warn(message.toString());
    }

    private void recordFirst(RuleVersionStore store, RuleBase built, FileHashes files) {
        try {
            Optional<RuleVersionStore.RuleVersion> last = store.latest();
            if (last.isPresent() && last.get().version().equals(built.version())) {
                return; // a restart on the same files is not a new version
            }
            FileHashes before = last.map(v -> new FileHashes(v.files())).orElse(null);
            record(store, built, files, changes(files, before));
        } catch (RuntimeException e) {
            LOG.warn("rules version {} is not in the version history: {}", built.version(), e.getMessage());
        }
    }

    private void record(RuleVersionStore store, RuleBase built, FileHashes files, Map<String, String> changes) {
        try {
            store.record(built.version(), holder.live().map(RuleBaseHolder.Live::since).orElse(Instant.now()),
                    built.buildMillis(), built.rules().size(), files.hashes(), changes);
        } catch (RuntimeException e) {
            // The store being away must not hold a valid edit back: it is live, only its history line is lost.
            LOG.warn("rules version {} is live but not in the version history: {}", built.version(), e.getMessage());
        }
    }

    private static Map<String, String> changes(FileHashes files, FileHashes before) {
        Map<String, String> changes = new LinkedHashMap<>();
        files.changesSince(before == null ? new FileHashes(Map.of()) : before)
                .forEach((file, change) -> changes.put(file, change.name().toLowerCase()));
        return changes;
    }

    /** A problem's file as the rules' and knowledge base's folder name and the path below it, never absolute. */
    private String shown(String file) {
        for (Path root : List.of(rulesDir, kbDir)) {
            for (String prefix : List.of(root.normalize().toString(), root.toAbsolutePath().normalize().toString())) {
                if (file.equals(prefix)) {
                    return root.toAbsolutePath().normalize().getFileName().toString();
                }
                if (file.startsWith(prefix + "/")) {
                    return root.toAbsolutePath().normalize().getFileName() + file.substring(prefix.length());
                }
            }
        }
        return file;
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        builder.shutdownNow();
    }
}
