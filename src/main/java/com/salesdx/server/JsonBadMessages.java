package com.salesdx.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Requests Jetty rejects before the application sees them (a %00 or broken escape in the path,
 * malformed headers) still get a JSON error and the security headers, like every other response.
 */
final class JsonBadMessages extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        fields.put("Content-Security-Policy", SecurityHeaders.CSP);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("X-Frame-Options", "DENY");
        fields.put("Referrer-Policy", "no-referrer");
        String message = reason == null ? "bad request" : reason.replace("\\", "\\\\").replace("\"", "\\\"");
        return ByteBuffer.wrap(("{\"error\":\"the request is malformed: " + message + "\",\"field\":null}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
