package com.salesdx.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The versions of the rules that went live, in the order they did (table rule_version). */
public final class RuleVersionStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() { };
    private static final String COLUMNS = "seq, version, live_at, build_millis, rule_count, files_json, changes_json";

    /** One version that went live: its files' hashes and what changed since the version before it. */
    public record RuleVersion(long seq, String version, Instant liveAt, long buildMillis, int ruleCount,
            Map<String, String> files, Map<String, String> changes) {
    }

    private final Jdbi jdbi;
    private final StoreCalls calls;

    public RuleVersionStore(Database database) {
        this.jdbi = database.jdbi();
        this.calls = new StoreCalls(database);
    }

    public void record(String version, Instant liveAt, long buildMillis, int ruleCount, Map<String, String> files,
            Map<String, String> changes) {
        calls.write(() -> jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO rule_version (version, live_at, "
                        + "build_millis, rule_count, files_json, changes_json) VALUES (:version, :at, :millis, :rules, :files, :changes)")
                .bind("version", version).bind("at", liveAt.truncatedTo(ChronoUnit.MILLIS)).bind("millis", buildMillis)
                .bind("rules", ruleCount).bind("files", write(files)).bind("changes", write(changes)).execute()));
    }

    /** The version that went live last, if any did. */
    public Optional<RuleVersion> latest() {
        return newestFirst(1).stream().findFirst();
    }

    /** At most {@code limit} versions, the newest first. */
    public List<RuleVersion> newestFirst(int limit) {
        return calls.read(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM rule_version ORDER BY seq DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new RuleVersion(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4),
                        rs.getInt(5), read(rs.getString(6)), read(rs.getString(7))))
                .list()));
    }

    private static String write(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, FILES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable rule_version row: " + e.getOriginalMessage(), e);
        }
    }
}
