package com.salesdx.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version of a rule base: a hash of every rule and knowledge-base file that can change a
 * diagnosis (scenario tests cannot, so they are left out). Same files, same version.
 */
public final class ContentVersion {
    private ContentVersion() {
    }

    public static String of(Path rulesDir, Path kbDir) {
        TreeFingerprint fingerprint = new TreeFingerprint();
        try {
            for (Path root : List.of(rulesDir, kbDir)) {
                for (Path file : files(root)) {
                    fingerprint.add(root.relativize(file).toString().replace('\\', '/'), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fingerprint.hex();
    }

    /** The files a version covers, under one root: rules and knowledge, not scenario tests. */
    static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).startsWith("scenarios"))
                    .filter(p -> p.toString().matches(".*\\.(drl|ya?ml|csv)$"))
                    .sorted().toList();
        }
    }
}
