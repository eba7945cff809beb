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
 * (a chunked upload is cut off at the limit too), and parses JSON strictly.
 */
public final class Bodies {
    public static final int MAX_BYTES = 1_000_000;
    private static final String CACHED = "salesdx.body";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

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
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAX_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
            byte[] body = out.toByteArray();
            ctx.attribute(CACHED, body);
            return body;
        } catch (IOException e) {
            throw HttpError.badRequest(null, "could not read the request body: " + e.getMessage());
        }
    }

    /** The body as a JSON object (a map), or a 400 that says what is wrong with it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> jsonObject(Context ctx) {
        byte[] body = bytes(ctx);
        if (body.length == 0) {
            throw HttpError.badRequest(null, "the request body is empty; send a JSON object");
        }
        Object parsed;
        try {
            parsed = JSON.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            // Limit violations (nesting, number length) come without a location.
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw HttpError.badRequest(null, "the request body is not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw HttpError.badRequest(null, "could not read the request body: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            throw HttpError.badRequest(null, "the request body must be a JSON object");
        }
        return (Map<String, Object>) parsed;
    }

    private static HttpError tooLarge() {
        return new HttpError(413, null, "the request body is larger than " + MAX_BYTES + " bytes");
    }
}
