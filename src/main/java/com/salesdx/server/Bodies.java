package com.salesdx.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads request bodies with a hard size limit, whether or not the client sent a length
 * (a chunked upload is cut off at the limit too), within a deadline (a client sending a byte at a
 * time is cut off too), and parses JSON strictly: an application/json Content-Type, one value and
 * nothing after it.
 */
public final class Bodies {
    public static final int MAX_BYTES = Limits.MAX_BODY_BYTES;
    private static final String CACHED = "salesdx.body";
    /** How long a refused body is read before the refusal goes out: a client sending it at once finishes sooner. */
    private static final long DRAIN_MILLIS = 500;
    /**
     * NaN and Infinity are read as numbers only so the answer they were sent for can be named and refused in plain
     * words by the answer checks ("NaN is not a number salesdx accepts"), rather than by the parser in Jackson's.
     */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(40)
                .maxNumberLength(40).maxStringLength(MAX_BYTES).build());
    }

    private Bodies() {
    }

    public static byte[] bytes(Context ctx) {
        byte[] cached = ctx.attribute(CACHED);
        if (cached != null) {
            return cached;
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            drain(ctx, declared);
            throw tooLarge();
        }
        long deadline = System.nanoTime() + Limits.BODY_DEADLINE.toNanos();
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAX_BYTES) {
                    throw tooLarge();
                }
                if (System.nanoTime() > deadline) {
                    throw new HttpError(408, null, "the request body arrived too slowly: send it within "
                            + Limits.BODY_DEADLINE.toSeconds() + " seconds");
                }
                out.write(buffer, 0, read);
            }
            byte[] body = out.toByteArray();
            WriteRateLimit.chargeUndeclared(ctx, body.length);
            ctx.attribute(CACHED, body);
            return body;
        } catch (IOException e) {
            throw HttpError.badRequest(null, "could not read the request body: " + e.getMessage());
        }
    }

    /** The body as a JSON object (a map), or a 400 that says what is wrong with it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> jsonObject(Context ctx) {
        requireJsonType(ctx);
        byte[] body = bytes(ctx);
        if (body.length == 0) {
            throw HttpError.badRequest(null, "the request body is empty; send a JSON object");
        }
        Object parsed;
        try (JsonParser parser = JSON.createParser(body)) {
            parsed = JSON.readValue(parser, Object.class);
            refuseTrailing(parser);
        } catch (JsonProcessingException e) {
            // Limit violations (nesting, number length) come without a location.
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            // Jackson's message may point at a "[Source: REDACTED ...]": the line and column below say it plainly.
            String why = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "");
            throw HttpError.badRequest(null, "the request body is not valid JSON: " + why
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw HttpError.badRequest(null, "could not read the request body: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            throw HttpError.badRequest(null, "the request body must be a JSON object");
        }
        return (Map<String, Object>) parsed;
    }

    /** JSON endpoints take application/json (any charset parameter but UTF-8 is refused by the parser). */
    static void requireJsonType(Context ctx) {
        String type = ctx.header("Content-Type"); // the raw header: the servlet API throws on an unknown charset
        String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!mime.equals("application/json")) {
            throw new HttpError(415, null, "send JSON with Content-Type: application/json"
                    + (type == null || type.isBlank() ? " (the request has no Content-Type)" : " (the request says " + type + ")"));
        }
        String charset = type.toLowerCase(java.util.Locale.ROOT).replaceAll(".*charset=\\s*\"?([^;\"\\s]*).*", "$1");
        if (type.toLowerCase(java.util.Locale.ROOT).contains("charset=") && !charset.equals("utf-8") && !charset.equals("utf8")) {
            throw new HttpError(415, null, "send JSON in UTF-8 (the request says " + type + ")");
        }
    }

    /** Anything but whitespace after the one JSON value is refused, whether or not it would parse. */
    private static void refuseTrailing(JsonParser parser) throws IOException {
        com.fasterxml.jackson.core.JsonLocation at = parser.currentLocation();
        boolean more;
        try {
            more = parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            more = true;
        }
        if (more) {
            throw HttpError.badRequest(null, "the request body has more after the JSON object (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + "); send exactly one JSON object");
        }
    }

    private static String where(JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /**
     * Reads and discards a refused body of modest size, so the client, still sending, receives the
     * refusal instead of a connection reset. Larger bodies are not worth the time: the connection closes.
     */
    static void drain(Context ctx, long declared) {
        if (declared > 2L * MAX_BYTES) {
            return;
        }
        long deadline = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
        try {
            jakarta.servlet.ServletInputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            // Never a blocking read: only what has arrived, polled briefly; a client that sends nothing costs 500 ms.
            while (System.nanoTime() < deadline && !in.isFinished()) {
                if (in.available() > 0) {
                    if (in.read(buffer, 0, Math.min(buffer.length, in.available())) == -1) {
                        return;
                    }
                } else {
                    Thread.sleep(10);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the refusal goes out all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpError tooLarge() {
        return new HttpError(413, null, "the request body is larger than " + MAX_BYTES + " bytes");
    }
}
