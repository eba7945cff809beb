package com.salesdx.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short SHA-256 over named files, each name and content in turn: the same files under the same
 * names give the same 12 hex digits. Used for the rules version and for the suite files' fingerprint.
 */
public final class TreeFingerprint {
    private final MessageDigest digest;

    public TreeFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@code file} under {@code name}; a file deleted since it was listed is left out (the next look sees it gone). */
    public TreeFingerprint add(String name, Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digest.update(name.getBytes());
        digest.update((byte) 0);
        digest.update(content);
        digest.update((byte) 0);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }
}
