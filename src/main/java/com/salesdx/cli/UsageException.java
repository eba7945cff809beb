package com.salesdx.cli;

/** A problem the user fixes with an option or a file (exit 2): printed as its one-line message, never a stack trace. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
