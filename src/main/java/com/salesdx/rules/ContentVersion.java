package com.salesdx.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path root : List.of(rulesDir, kbDir)) {
                for (Path file : files(root)) {
                    digest.update(root.relativize(file).toString().replace('\\', '/').getBytes());
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(file));
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
