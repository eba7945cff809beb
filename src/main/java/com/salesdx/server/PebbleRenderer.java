package com.salesdx.server;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Renders Pebble templates from the classpath, with every value HTML-escaped unless a template says otherwise. */
final class PebbleRenderer implements FileRenderer {
    private final PebbleEngine pebble = new PebbleEngine.Builder().loader(new ClasspathLoader()).autoEscaping(true)
            .strictVariables(false).build();

    @Override
    public String render(String filePath, Map<String, ?> model, Context context) {
        StringWriter out = new StringWriter();
        try {
            Map<String, Object> values = new HashMap<>(model);
            // Pages that hold one client's answers or results tell search engines to stay away.
            values.putIfAbsent("private", ResponsePolicy.isPrivate(context.path()));
            // Who is signed in, for the header, and the CSRF token a page's forms and scripts send back.
            signedIn(context).ifPresent(session -> {
                values.putIfAbsent("signedIn", session.account());
                values.putIfAbsent("csrf", session.csrfToken());
            });
            pebble.getTemplate(filePath).evaluate(out, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A public page (or an error page) still renders when the sessions cannot be read, just without the account line. */
    private static java.util.Optional<com.salesdx.accounts.Session> signedIn(Context context) {
        try {
            return SignedIn.session(context);
        } catch (RuntimeException storeAway) {
            return java.util.Optional.empty();
        }
    }
}
