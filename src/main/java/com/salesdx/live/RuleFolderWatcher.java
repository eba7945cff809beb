package com.salesdx.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders and their sub-folders (java.nio WatchService) and calls back on any change. It does
 * not say what changed: the reload reads the folders as they are, which is what makes editors that
 * save through a temporary file and a rename, renamed files and bursts of saves come out right.
 *
 * <p>A watch follows a folder, not its name: a root deleted and created again (a deploy tool that
 * swaps the folder, {@code rm -rf rules && cp -r new/rules rules}) would go unseen from then on. So
 * each root's parent is watched too, for the root's name only; when the root comes back, its new
 * tree is watched and a reload asked for. {@link #alive()} says whether changes can still be seen.
 */
final class RuleFolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleFolderWatcher.class);

    private final WatchService service;
    private final Runnable onChange;
    private final List<Path> roots;
    /** The watched folders of each root's tree, so a replaced root's old watches can be dropped. */
    private final Map<Path, List<WatchKey>> treeKeys = new HashMap<>();
    private final Map<WatchKey, Path> rootOfKey = new HashMap<>();
    private final Map<WatchKey, Path> parentKeys = new HashMap<>();
    private final Thread thread;
    private volatile boolean lost;

    RuleFolderWatcher(List<Path> roots, Runnable onChange) {
        this.onChange = onChange;
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        try {
            this.service = this.roots.get(0).getFileSystem().newWatchService();
            for (Path root : this.roots) {
                WatchKey parent = root.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE);
                parentKeys.put(parent, root.getParent());
                registerTree(root, root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::loop, "salesdx-rules-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether saved edits are still seen: false once the watcher stopped or lost the roots' parent folder. */
    boolean alive() {
        return thread.isAlive() && !lost;
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean changed = parentKeys.containsKey(key) ? parentEvents(key) : treeEvents(key);
                if (!key.reset()) {
                    forget(key);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        } catch (RuntimeException e) {
            LOG.error("rules watcher stopped; edits go live after a restart only", e);
        }
    }

    /** Events in a root's parent: only the roots' own names count, the rest of the parent is not ours. */
    private boolean parentEvents(WatchKey key) {
        Path parent = parentKeys.get(key);
        Set<Path> touched = new LinkedHashSet<>();
        for (WatchEvent<?> event : key.pollEvents()) {
            for (Path root : roots) {
                boolean overflow = event.kind() == StandardWatchEventKinds.OVERFLOW;
                if (root.getParent().equals(parent) && (overflow || root.getFileName().equals(event.context()))) {
                    touched.add(root);
                }
            }
        }
        touched.forEach(this::rewatch);
        return !touched.isEmpty();
    }

    private boolean treeEvents(WatchKey key) {
        Path root = rootOfKey.get(key);
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (root != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(folder.resolve(name))) {
                registerTree(root, folder.resolve(name));
            }
        }
        return root != null; // a cancelled watch of a replaced tree may still deliver its last events
    }

    /** The root was deleted, created or swapped: drop the old tree's watches and watch what is there now. */
    private void rewatch(Path root) {
        for (WatchKey old : treeKeys.getOrDefault(root, List.of())) {
            old.cancel();
            rootOfKey.remove(old);
        }
        treeKeys.remove(root);
        if (Files.isDirectory(root)) {
            registerTree(root, root);
            LOG.info("rules folder {} was replaced; watching the new one", root);
        }
    }

    private void forget(WatchKey key) {
        Path parent = parentKeys.remove(key);
        if (parent != null) {
            lost = true; // the roots' parent is gone: a root created again could not be seen
            LOG.error("rules watcher lost {}; edits go live after a restart only", parent);
            return;
        }
        Path root = rootOfKey.remove(key);
        if (root != null) {
            treeKeys.getOrDefault(root, new ArrayList<>()).remove(key);
        }
    }

    /** Watches {@code folder} and every folder below it; a folder removed while walking is skipped. */
    private void registerTree(Path root, Path folder) {
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                register(root, each);
            }
        } catch (NoSuchFileException | UncheckedIOException e) {
            // removed while we looked: its parent's delete event, or the root's, tells the rest
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder + ": " + e.getMessage(), e);
        }
    }

    private void register(Path root, Path folder) throws IOException {
        try {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            rootOfKey.put(key, root);
            List<WatchKey> keys = treeKeys.computeIfAbsent(root, r -> new ArrayList<>());
            if (!keys.contains(key)) {
                keys.add(key);
            }
        } catch (NoSuchFileException e) {
            // gone again already
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
