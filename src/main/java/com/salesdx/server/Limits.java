package com.salesdx.server;

import java.time.Duration;

/**
 * Every limit that protects the server from one client, in one place, with why it has its value.
 * A consultant typing answers, an executive submitting ten yes/no answers, or a tab autosaving
 * never comes near them; a script that floods the store or holds connections open does.
 */
public final class Limits {
    /** Largest request body: a full interview with long notes is about 100 KB; a preview may send that much. */
    public static final int MAX_BODY_BYTES = 1_000_000;
    /**
     * Largest body of a request that stores what it sends (a diagnosis, an answer): a consultant
     * interview of 90 answers with a long note on each is under 200 KB.
     */
    public static final int MAX_STORED_BYTES = 256_000;

    /**
     * Writes (POST, PUT, DELETE) per client address: a burst of 60, then one a second. Autosave sends
     * one request per answer given; a fast interviewer gives one every few seconds.
     */
    public static final int WRITE_BURST = 60;
    public static final double WRITES_PER_SECOND = 1.0;
    /**
     * Bytes written per client address: a burst of 2 MB, then 16 KB a second (about 58 MB an hour).
     * A whole interview with notes is about 100 KB. This is the limit that stops "100 large
     * requests grew the store by 145 MB in 6 s": the same requests now store about 2 MB, then
     * get 429 with the number of seconds to wait.
     */
    public static final long WRITE_BYTES_BURST = 2_000_000;
    public static final long WRITE_BYTES_PER_SECOND = 16_000;

    /**
     * A connection silent this long is closed (Jetty's idle timeout): a browser keeps a connection
     * alive between requests for less than this and reconnects without the user noticing.
     */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
    /**
     * A request body must arrive within this time, whatever its size (1 MB at 100 KB/s): Jetty 12
     * keeps HttpConfiguration's minimum data rate but does not enforce it, so the body reader does.
     * A client sending a byte at a time holds a thread for at most this long.
     */
    public static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
    /**
     * Open connections per client address. A browser opens at most 6 per site; an office behind
     * one NAT address with a dozen people stays well under. Jetty's thread pool (250) must not
     * be reachable by one address alone.
     */
    public static final int CONNECTIONS_PER_CLIENT = 64;
    /** Open connections in total, whoever holds them: bounds file descriptors and memory. */
    public static final int CONNECTIONS_TOTAL = 1_000;

    private Limits() {
    }
}
