package com.salesdx.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The one HTTP connector, bounded against slow and greedy clients: idle connections close, one
 * address holds a limited number of connections, and all connections together are capped.
 * Host and port are read when the server starts, so {@code app.start(port)} and
 * {@code app.start(host, port)} both work.
 */
final class Connectors {
    private Connectors() {
    }

    static void install(JavalinConfig config) {
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setIdleTimeout(Limits.IDLE_TIMEOUT.toMillis());
        });
        config.jetty.addConnector((server, http) -> connector(server, http, config.jetty.host, config.jetty.port));
    }

    private static ServerConnector connector(Server server, HttpConfiguration http, String host, int port) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(Limits.IDLE_TIMEOUT.toMillis());
        connector.addBean(new ConnectionsPerClient(Limits.CONNECTIONS_PER_CLIENT));
        if (server.getBean(NetworkConnectionLimit.class) == null) {
            server.addBean(new NetworkConnectionLimit(Limits.CONNECTIONS_TOTAL, server));
        }
        return connector;
    }
}
