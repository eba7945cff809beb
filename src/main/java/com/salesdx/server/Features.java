package com.salesdx.server;

import com.salesdx.web.engagements.EngagementRoutes;
import com.salesdx.web.live.LiveRulesRoutes;
import java.nio.file.Path;

/**
 * The parts of the application a server may run without: the live-rules API (only when the rules
 * are watched) and consultant engagements; {@code knowledgeBase} is where the rules page finds the
 * scenario and case suites, {@code candidates} the folder of candidate rules it compares with them.
 */
public record Features(LiveRulesRoutes live, EngagementRoutes engagements, Path knowledgeBase, Path candidates) {
    /** Candidates in {@code candidates/} beside the knowledge base (the salesdx home). */
    public Features(LiveRulesRoutes live, EngagementRoutes engagements, Path knowledgeBase) {
        this(live, engagements, knowledgeBase, besideOf(knowledgeBase));
    }

    public static Features none() {
        return new Features(null, null, Path.of("knowledge-base"));
    }

    /** The default candidate folder: {@code candidates/} in the folder that holds {@code knowledgeBase}. */
    public static Path besideOf(Path knowledgeBase) {
        Path home = knowledgeBase.toAbsolutePath().normalize().getParent();
        return home == null ? Path.of("candidates") : home.resolve("candidates");
    }
}
