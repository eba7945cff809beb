package com.salesdx.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * A text body sent as UTF-8 bytes under a type that says so. Given a bare type such as text/csv,
 * the server would encode the text in ISO-8859-1 while the header, completed later, says UTF-8:
 * a client called Müller or a note with a euro sign would reach the spreadsheet garbled.
 */
public final class TextResponse {
    private TextResponse() {
    }

    public static void send(Context ctx, String type, String text) {
        ctx.contentType(type + ";charset=utf-8").result(text.getBytes(StandardCharsets.UTF_8));
    }
}
