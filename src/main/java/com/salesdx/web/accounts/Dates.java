package com.salesdx.web.accounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them ("3 Mar 2026, 14:05 UTC"), never raw ISO stamps. */
public final class Dates {
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public static String readable(Instant at) {
        return READABLE.format(at);
    }
}
