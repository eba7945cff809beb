package com.salesdx.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per data directory: an OS file lock on {@code salesdx.lock}, held while the server
 * runs and released by the OS if the process dies, so a crash never leaves the directory locked.
 */
final class DataDirectoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve("salesdx.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDir.toString(), null);
            }
            return new DataDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new DataDirectoryInUseException(dataDir.toString(), e);
        } catch (IOException e) {
            close(channel);
            throw new StoreStartException("cannot lock the data directory " + dataDir + " (" + e.getClass().getSimpleName()
                    + "); make it writable by this user or choose another with --data DIR", e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
