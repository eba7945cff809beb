package com.salesdx.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders and their sub-folders (java.nio WatchService) and calls back on any change. It does
 * not say what changed: the reload reads the folders as they are, which is what makes editors that
 * save through a temporary file and a rename, renamed files and bursts of saves come out right.
 */
final class RuleFolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleFolderWatcher.class);

    private final WatchService service;
    private final Runnable onChange;
    private final Thread thread;

    RuleFolderWatcher(List<Path> roots, Runnable onChange) {
        this.onChange = onChange;
        try {
            this.service = roots.get(0).getFileSystem().newWatchService();
            for (Path root : roots) {
                registerTree(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::loop, "salesdx-rules-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                            && Files.isDirectory(folder.resolve(name))) {
                        registerTree(folder.resolve(name));
                    }
                }
                key.reset();
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        } catch (IOException | RuntimeException e) {
            LOG.error("rules watcher stopped; edits go live after a restart only", e);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
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
