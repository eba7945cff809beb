package com.salesdx.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code salesdx demo}: the web application with the demo engagement loaded, as {@code serve --demo},
 * but in a fresh throwaway store unless {@code --data} or {@code --db} says otherwise, so a demo never
 * mixes with real engagements and always prints a password that works. The throwaway store is deleted
 * when the demo stops; a store the user named is kept.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the web application with a fictional client engagement and a demo consultant login.")
final class DemoCommand extends ServeCommand {
    /** The store made for this run alone; null when the user named one, or once it is deleted. */
    private Path throwawayStore;

    @Override
    public Integer call() throws InterruptedException {
        demo = true;
        if ((db == null || db.isBlank()) && data.equals(Path.of("data"))) {
            try {
                throwawayStore = Files.createTempDirectory("salesdx-demo");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            data = throwawayStore;
        }
        try {
            return super.call();
        } finally {
            deleteThrowawayStore();
        }
    }

    /** Stopped by a signal, the JVM ends when its shutdown hooks do, perhaps before call() returns: delete it here. */
    @Override
    void afterShutdown() {
        deleteThrowawayStore();
    }

    private synchronized void deleteThrowawayStore() {
        if (throwawayStore == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(throwawayStore)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // Left in the temporary folder, which the system clears: not worth failing the stop for.
        }
        throwawayStore = null;
    }
}
