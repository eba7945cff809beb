package com.salesdx.cli;

import com.salesdx.store.DataDirectoryInUseException;
import com.salesdx.store.Database;
import com.salesdx.store.StoreStartException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which database a command opens: the same --data and --db as `serve`, so both see the same accounts. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the embedded database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:SALESDX_DB}",
            description = "PostgreSQL instead of the embedded database (default: $SALESDX_DB).")
    String db;

    /** Whether there is a store to read: opening an embedded one that is not there would create it. */
    boolean exists() {
        return (db != null && !db.isBlank()) || Files.isDirectory(data);
    }

    /** Where the embedded store is, for messages. */
    Path embeddedFolder() {
        return data.toAbsolutePath().normalize();
    }

    Database open() {
        try {
            return db == null || db.isBlank() ? Database.embedded(data) : Database.server(db);
        } catch (DataDirectoryInUseException e) {
            throw new UsageException("cannot open the accounts: " + e.getMessage()
                    + " (stop the server using it first, or run against PostgreSQL with --db)", e);
        } catch (StoreStartException e) {
            throw new UsageException("cannot open the accounts: " + e.getMessage(), e);
        }
    }
}
