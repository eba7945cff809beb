package com.salesdx.store;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/** Turns "the database cannot be reached" into {@link StoreUnavailableException}; other errors pass unchanged. */
final class StoreCalls {
    private StoreCalls() {
    }

    static <T> T read(Supplier<T> call) {
        return call(false, call);
    }

    static void write(Runnable call) {
        call(true, () -> {
            call.run();
            return null;
        });
    }

    private static <T> T call(boolean write, Supplier<T> call) {
        try {
            return call.get();
        } catch (JdbiException e) {
            if (unreachable(e)) {
                throw new StoreUnavailableException(write, e);
            }
            throw e;
        }
    }

    /** Connection-class failures: SQLState 08 (connection), 57P (shutting down, cannot connect now), timeouts. */
    static boolean unreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
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
