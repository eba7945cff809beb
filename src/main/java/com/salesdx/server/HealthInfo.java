package com.salesdx.server;

import com.salesdx.rules.RuleBaseHolder;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What /api/health reports, publicly: status and versions only (no paths, hosts or users). 200 while
 * the store answers; 503 with {@code status: unavailable} while it does not, so a load balancer
 * takes the server out of rotation and puts it back once the database is back. The store is asked
 * at most once per {@link #STORE_CHECK_MILLIS}: health stays cheap when polled hard, and a change of
 * state still shows within a second.
 *
 * <p>While the first rule base compiles (a few seconds after start), health says {@code rules: loading}
 * and stays 200 when the store is ok: the server answers pages and questionnaires at once, and a
 * diagnosis waits for the rules (503 "still loading" past {@code RuleBaseHolder.FIRST_BUILD_WAIT}).
 */
public final class HealthInfo {
    static final long STORE_CHECK_MILLIS = 1_000;

    private final RuleBaseHolder rules;
    private final BooleanSupplier storeAvailable;
    private volatile long checkedAt;
    private volatile boolean storeOk;

    public HealthInfo(RuleBaseHolder rules, BooleanSupplier storeAvailable) {
        this.rules = rules;
        this.storeAvailable = storeAvailable;
    }

    public Map<String, Object> snapshot() {
        boolean store = store();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", store ? "ok" : "unavailable");
        health.put("store", store ? "ok" : "unavailable");
        health.put("rules", rules.ready() ? "ready" : "loading");
        health.put("rules_version", rules.version());
        return health;
    }

    /** The /api/health handler. */
    public void respond(Context ctx) {
        Map<String, Object> health = snapshot();
        ctx.status("ok".equals(health.get("status")) ? 200 : 503).json(health);
    }

    private boolean store() {
        long now = System.currentTimeMillis();
        if (now - checkedAt >= STORE_CHECK_MILLIS) {
            storeOk = storeAvailable.getAsBoolean(); // racing threads may both ask: harmless
            checkedAt = now;
        }
        return storeOk;
    }
}
