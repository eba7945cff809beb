package com.salesdx.web.live;

import com.salesdx.live.LiveRules;
import com.salesdx.live.Rejection;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.store.RuleVersionStore;
import com.salesdx.web.ProblemJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API of live rules: {@code GET /api/rules/status} (the version in force, since when, how it
 * was built, the last refused edit) and {@code GET /api/rules/history} (the versions that went live,
 * newest first). Public to anyone: versions, times and counts; details only to {@link RuleDetailsAudience}
 * (signed-in consultants and this machine).
 */
public final class LiveRulesRoutes {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final LiveRules live;
    private final RuleVersionStore history;

    public LiveRulesRoutes(LiveRules live, RuleVersionStore history) {
        this.live = live;
        this.history = history;
    }

    /** The live rules these routes report on (the rules page shows their last refused edit too). */
    public LiveRules live() {
        return live;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/api/rules/status", this::status, Role.ANYONE);
        Routes.get(app, "/api/rules/history", this::history, Role.ANYONE);
    }

    private void status(Context ctx) {
        boolean details = RuleDetailsAudience.admits(ctx);
        RuleBaseHolder holder = live.holder();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", !holder.ready() ? "loading" : live.filesRejected() ? "edit_rejected" : "live");
        body.put("version", holder.version());
        holder.live().ifPresentOrElse(now -> {
            body.put("live_since", now.since().toString());
            body.put("build_ms", now.ruleBase().buildMillis());
            body.put("rules", now.ruleBase().rules().size());
        }, () -> {
            body.put("live_since", null);
            body.put("build_ms", null);
            body.put("rules", null);
        });
        body.put("watching", live.watching());
        body.put("last_rejected", live.lastRejection().map(r -> rejection(r, details)).orElse(null));
        if (!details) {
            body.put("details", RuleDetailsAudience.HIDDEN);
        }
        ctx.json(body);
    }

    private static Map<String, Object> rejection(Rejection rejection, boolean details) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", rejection.at().toString());
        out.put("problem_count", rejection.problems().size());
        if (details) {
            out.put("errors", ProblemJson.of(rejection.problems()));
        }
        return out;
    }

    private void history(Context ctx) {
        boolean details = RuleDetailsAudience.admits(ctx);
        int limit = limit(ctx.queryParam("limit"));
        List<Map<String, Object>> versions = history.newestFirst(limit).stream().map(v -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("version", v.version());
            out.put("live_at", v.liveAt().toString());
            out.put("build_ms", v.buildMillis());
            out.put("rules", v.ruleCount());
            out.put("files_changed", v.changes().size());
            if (details) {
                out.put("changes", v.changes());
            }
            return out;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versions", versions);
        if (!details) {
            body.put("details", RuleDetailsAudience.HIDDEN);
        }
        ctx.json(body);
    }

    private static int limit(String given) {
        if (given == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(given.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw HttpError.badRequest("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", not \"" + given + "\"");
    }
}
