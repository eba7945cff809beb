package com.salesdx.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hash per file of a version (the files {@link ContentVersion} covers), named relative to the
 * folder above them ({@code rules/strategy.drl}, {@code knowledge-base/pillars.yaml}): comparing two
 * of them says which files an edit touched.
 */
public record FileHashes(Map<String, String> hashes) {

    public enum Change { ADDED, CHANGED, REMOVED }

    public static FileHashes of(Path rulesDir, Path kbDir) {
        Map<String, String> hashes = new TreeMap<>();
        try {
            for (Path root : List.of(rulesDir, kbDir)) {
                String prefix = root.toAbsolutePath().normalize().getFileName() + "/";
                for (Path file : ContentVersion.files(root)) {
                    hashes.put(prefix + root.relativize(file).toString().replace('\\', '/'), hash(Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileHashes(hashes);
    }

    /** What changed from {@code before} to this, by file name, in name order. */
    public Map<String, Change> changesSince(FileHashes before) {
        Map<String, Change> changes = new TreeMap<>();
        hashes.forEach((file, hash) -> {
            String old = before.hashes().get(file);
            if (old == null) {
                changes.put(file, Change.ADDED);
            } else if (!old.equals(hash)) {
                changes.put(file, Change.CHANGED);
            }
        });
        before.hashes().keySet().stream().filter(file -> !hashes.containsKey(file))
                .forEach(file -> changes.put(file, Change.REMOVED));
        return new LinkedHashMap<>(changes);
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
