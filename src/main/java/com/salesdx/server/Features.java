package com.salesdx.server;

import com.salesdx.web.engagements.EngagementRoutes;
import com.salesdx.web.live.LiveRulesRoutes;
import java.nio.file.Path;

/**
 * The parts of the application a server may run without: the live-rules API (only when the rules
 * are watched) and consultant engagements; {@code knowledgeBase} is where the rules page finds the
 * scenario and case suites.
 */
public record Features(LiveRulesRoutes live, EngagementRoutes engagements, Path knowledgeBase) {
    public static Features none() {
        return new Features(null, null, Path.of("knowledge-base"));
    }
}
