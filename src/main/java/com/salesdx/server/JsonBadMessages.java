package com.salesdx.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty rejects before the application sees them (a %00, broken escape or bad UTF-8 in the
 * path, an ambiguous path segment, malformed headers) still get the security headers and a short
 * error like every other response: JSON under /api, a small page elsewhere. Never a stack trace.
 */
final class JsonBadMessages extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.CONSTANT.forEach(fields::put);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8"));
        return ByteBuffer.wrap(json("the request is malformed: " + (reason == null ? "bad request" : reason)));
    }

    /** Every method gets an error body, not only GET and POST (Jetty's default). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.CONSTANT.forEach(headers::put);
        HttpURI uri = request.getHttpURI();
        // An undecodable path (a %00, bad UTF-8) has no decoded form: judge by the raw one.
        String raw = uri.asString().replaceFirst("^[a-zA-Z]+://[^/]*", "");
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? raw : uri.getPath();
        if (code == 400 && (uri.getCanonicalPath() == null || uri.hasViolations() || climbs(path) || climbs(uri.asString()))) {
            code = 404; // a path that tries to leave its folder is answered like any unknown address
        }
        response.setStatus(code);
        String text = code == 404 ? "no page or resource at this address"
                : "the request could not be handled: " + (message == null ? "status " + code : message);
        byte[] body;
        // A request Jetty could not decode (400) may have been meant for the API: answer it in JSON, as before.
        if (code == 400 || path.startsWith("/api/") || raw.startsWith("/api/") || path.equals("/api")) {
            headers.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            body = json(text);
        } else {
            headers.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            body = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>salesdx</title></head><body>"
                    + "<h1>" + (code == 404 ? "Not found" : "Something is not right") + "</h1><p>" + escape(text)
                    + "</p><p><a href=\"/\">Back to the start</a> · <a href=\"/ceo\">Executive diagnostic</a></p>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static boolean climbs(String path) {
        String lower = path == null ? "" : path.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("..") || lower.contains("%2e") || lower.contains("\\") || lower.contains("%5c")
                || lower.contains(";");
    }

    private static byte[] json(String message) {
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
        return ("{\"error\":\"" + escaped + "\",\"field\":null}").getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
