package com.salesdx.server;

import com.salesdx.rules.RuleBaseHolder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What /api/health reports: the rules version in force and where data is stored. */
public record HealthInfo(RuleBaseHolder rules, String storage, Instant startedAt) {

    public Map<String, Object> snapshot() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("rules_version", rules.current().version());
        health.put("rules", rules.current().rules().size());
        health.put("storage", storage);
        health.put("started_at", startedAt.toString());
        return health;
    }
}
