package com.salesdx.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Stored results are repetitive JSON: gzip makes each row several times smaller, so commits stay fast. */
final class Gzip {
    private Gzip() {
    }

    static byte[] compress(byte[] utf8) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(utf8.length / 4);
        // Fastest level: nearly all of the saving on repetitive JSON, a fraction of the CPU.
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            out.write(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] decompress(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a stored result is not valid gzip", e);
        }
    }
}
