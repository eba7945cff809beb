package com.salesdx.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/**
 * Caps the connections one client address holds open at once ({@link Limits#CONNECTIONS_PER_CLIENT}):
 * a connection over the cap is closed as soon as it opens, before it costs a thread. Jetty 12 ships
 * a cap on all connections (NetworkConnectionLimit) and a per-client request rate (DoSHandler), but
 * no per-client connection count; this is one.
 */
final class ConnectionsPerClient implements Connection.Listener {
    private final int max;
    private final Map<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    /** The address of each open connection: a closed endpoint no longer knows its peer. */
    private final Map<Connection, InetAddress> clients = new ConcurrentHashMap<>();

    ConnectionsPerClient(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = addressOf(connection);
        if (client == null) {
            return;
        }
        clients.put(connection, client);
        int now = open.compute(client, (c, count) -> count == null ? new AtomicInteger(1) : increment(count)).get();
        if (now > max) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = clients.remove(connection);
        if (client == null) {
            return;
        }
        open.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    private static AtomicInteger increment(AtomicInteger count) {
        count.incrementAndGet();
        return count;
    }

    private static InetAddress addressOf(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
