package com.salesdx.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The stylesheet, scripts and icon under {@code /static/}, read from the jar's {@code public/} folder once and
 * kept in memory. Javalin's static-file handler would do the same job, but Jetty mounts the whole 17,000-entry
 * jar as a file system for it (several times, about 6 MB of heap, half a second of start-up); the app has
 * five files. Names are a single plain file name, so nothing outside {@code public/} can be asked for.
 */
final class StaticFiles {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js|svg)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript",
            "svg", "image/svg+xml");

    private final Map<String, Optional<File>> files = new ConcurrentHashMap<>();

    private StaticFiles() {
    }

    static void install(RoutesConfig routes) {
        StaticFiles files = new StaticFiles();
        Routes.get(routes, "/static/{name}", files::serve, Role.ANYONE);
    }

    private void serve(Context ctx) {
        String name = ctx.pathParam("name");
        File file = (NAME.matcher(name).matches() ? files.computeIfAbsent(name, StaticFiles::read) : Optional.<File>empty())
                .orElseThrow(() -> HttpError.notFound("/static/" + name));
        ctx.header("ETag", file.etag());
        ctx.header("Cache-Control", "public, max-age=3600");
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(file.type()).result(file.bytes());
    }

    private static Optional<File> read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/public/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8) + "\"";
            return Optional.of(new File(bytes, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), etag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record File(byte[] bytes, String type, String etag) {
    }
}
