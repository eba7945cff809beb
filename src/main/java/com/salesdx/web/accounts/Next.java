package com.salesdx.web.accounts;

/** Where to go after signing in: a path on this site only, so a crafted link cannot send a user elsewhere. */
final class Next {
    /** A consultant signs in to work on engagements, so that list is the place to start when nothing else was asked for. */
    static final String DEFAULT = "/engagements";

    private Next() {
    }

    static String of(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.startsWith("/\\")
                || requested.length() > 500 || requested.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return DEFAULT;
        }
        return requested;
    }
}
