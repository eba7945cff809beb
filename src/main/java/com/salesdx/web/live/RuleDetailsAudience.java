package com.salesdx.web.live;

import com.salesdx.server.SignedIn;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who may read rule details (rejected edits' file, line and message; which files each version
 * changed). Versions and times are public; details are rule content, so they go to whoever edits
 * the files: a request from the server's own machine that did not come through a proxy (no
 * X-Forwarded-For), or a signed-in consultant (the rules page shows them the same details).
 */
final class RuleDetailsAudience {
    static final String HIDDEN = "details (files, lines, messages) are shown to signed-in consultants and to requests from the "
            + "server's own machine";

    private RuleDetailsAudience() {
    }

    static boolean admits(Context ctx) {
        return SignedIn.session(ctx).isPresent() || fromThisMachine(ctx);
    }

    private static boolean fromThisMachine(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-For");
        return (forwarded == null || forwarded.isBlank()) && isLoopback(ctx.req().getRemoteAddr());
    }

    private static boolean isLoopback(String address) {
        try {
            // The peer's literal address from the socket, never a name to resolve.
            return address != null && address.matches("[0-9a-fA-F:.\\[\\]]+")
                    && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
