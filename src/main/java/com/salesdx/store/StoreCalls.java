package com.salesdx.store;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns "the database cannot be reached" into {@link StoreUnavailableException}: a connection-class
 * error, or any store error while the database does not answer a ping. Other errors pass unchanged.
 */
final class StoreCalls {
    private final Database database;

    StoreCalls(Database database) {
        this.database = database;
    }

    <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (JdbiException | AssertionError e) {
            // Jdbi reports a connection that died mid-transaction as an AssertionError (restoring auto-commit failed).
            throw translate(e);
        }
    }

    void write(Runnable call) {
        read(() -> {
            call.run();
            return null;
        });
    }

    RuntimeException translate(Throwable e) {
        if (unreachable(e) || !database.isAvailable()) {
            return new StoreUnavailableException(e);
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    /** Connection-class failures: SQLState 08 (connection), 57P (shutting down, cannot connect now), timeouts. */
    static boolean unreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != error && unreachable(suppressed)) {
                    return true;
                }
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SocketTimeoutException || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
