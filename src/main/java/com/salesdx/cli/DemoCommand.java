package com.salesdx.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * {@code salesdx demo}: the web application with the demo engagement loaded, as {@code serve --demo},
 * but in a fresh throwaway store unless {@code --data} or {@code --db} says otherwise, so a demo never
 * mixes with real engagements and always prints a password that works.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the web application with a fictional client engagement and a demo consultant login.")
final class DemoCommand extends ServeCommand {
    @Override
    public Integer call() throws InterruptedException {
        demo = true;
        if ((db == null || db.isBlank()) && data.equals(Path.of("data"))) {
            try {
                data = Files.createTempDirectory("salesdx-demo");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return super.call();
    }
}
