package com.salesdx.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Checks {@code --host} and {@code --port} before the server opens anything, so each usual mistake gets its
 * own one-line answer at once: a port out of range, a host name that does not resolve, an address this
 * machine does not have, a port already taken.
 */
final class ListenAddress {
    /** The highest TCP port; 0, the lowest, asks the system for any free one (see ServeCommand's --port). */
    private static final int HIGHEST_PORT = 65_535;

    private ListenAddress() {
    }

    /** Throws a {@link UsageException} naming the problem, or returns when the server can listen there. */
    static void requireUsable(String host, int port) {
        if (port < 0 || port > HIGHEST_PORT) {
            throw new UsageException("cannot start: --port " + port + " is out of range: the port must be between 0 "
                    + "(any free port) and " + HIGHEST_PORT);
        }
        InetAddress address = resolved(host);
        // Any port fails on an address that is not ours, whereas a taken port leaves port 0 free: the two tell them apart
        // without reading the system's (possibly translated) error message.
        if (!canListen(address, 0)) {
            String shown = host.equals(address.getHostAddress()) ? host : host + " (" + address.getHostAddress() + ")";
            throw new UsageException("cannot start: " + shown + " is not an address of this machine; use 127.0.0.1 "
                    + "(default) or 0.0.0.0 to serve every interface");
        }
        if (port != 0 && !canListen(address, port)) {
            throw new UsageException(portInUse(host, port));
        }
    }

    static String portInUse(String host, int port) {
        return "cannot start: port " + port + " on " + host + " is already in use (or not available to this user); "
                + "pick another with --port N (--port 0 picks a free one)";
    }

    private static InetAddress resolved(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UsageException("cannot start: the host " + host + " could not be resolved to an address; use "
                    + "127.0.0.1 (default) or 0.0.0.0 to serve every interface", e);
        }
    }

    private static boolean canListen(InetAddress address, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
