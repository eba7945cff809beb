package com.salesdx.coverage;

import com.salesdx.rules.TreeFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of the suite files (scenarios, client and engagement cases) under a knowledge base.
 * The rules version leaves scenarios out, since they cannot change a diagnosis, so counts on the
 * suites are kept per rules version and per this fingerprint: a scenario saved while the server runs
 * is counted on the next page view. Reading a few dozen small files costs far less than running them.
 */
public final class SuiteFiles {
    private SuiteFiles() {
    }

    public static String fingerprint(Path kb) {
        TreeFingerprint fingerprint = new TreeFingerprint();
        try {
            for (String folder : SuiteInputs.FOLDERS) {
                Path root = kb.resolve(folder);
                for (Path file : files(root)) {
                    fingerprint.add(folder + "/" + root.relativize(file).toString().replace('\\', '/'), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fingerprint.hex();
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
