package com.salesdx.store;

/** Another salesdx server holds the embedded database: start one server per data directory. */
public final class DataDirectoryInUseException extends RuntimeException {
    public DataDirectoryInUseException(String dataDir, Throwable cause) {
        super("the data directory " + dataDir + " is in use by another salesdx server; stop that server, "
                + "give this one another --data DIR, or share PostgreSQL between servers with --db", cause);
    }
}
