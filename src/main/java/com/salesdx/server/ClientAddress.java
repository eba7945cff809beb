package com.salesdx.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who is asking, for per-client limits. The peer's address, except behind a reverse proxy on the
 * same machine: a request arriving from loopback with X-Forwarded-For is counted against the
 * address the proxy appended last (the one it saw). A remote peer cannot choose its address this
 * way, since X-Forwarded-For is read only from loopback peers.
 */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !isLoopback(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? peer : last;
    }

    static boolean isLoopback(String address) {
        try {
            // Only literal addresses reach here (never a name to resolve): the peer, or a proxy's header.
            return address != null && (address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.matches("\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*]?"))
                    && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
