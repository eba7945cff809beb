package com.salesdx.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String folder : SuiteInputs.FOLDERS) {
                Path root = kb.resolve(folder);
                for (Path file : files(root)) {
                    digest.update((folder + "/" + root.relativize(file).toString().replace('\\', '/')).getBytes());
                    digest.update((byte) 0);
                    try {
                        digest.update(Files.readAllBytes(file));
                    } catch (NoSuchFileException e) {
                        continue; // deleted since the listing: the next view sees it gone
                    }
                    digest.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
