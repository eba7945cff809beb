package com.salesdx.engagement;

import java.util.List;

/**
 * What changed between two rounds of one engagement (the quarterly sales system review): pillar
 * scores then and now, findings resolved, new and persisting, the interventions chosen after the
 * earlier round with the answers that should show them working, and whether the rules changed in
 * between (then some change comes from the rules, not from the client).
 */
public record RoundComparison(String client, String earlierRound, String laterRound, List<PillarChange> pillars,
        List<FindingChange> resolved, List<FindingChange> appeared, List<FindingChange> persisting,
        List<FollowUp> chosen, String earlierRules, String laterRules) {

    public boolean rulesChanged() {
        return !earlierRules.equals(laterRules);
    }

    /** A pillar's score and band in each round; a null score was not assessed that round. */
    public record PillarChange(String id, String name, Integer then, Integer now, String bandThen, String bandNow) {
        public Integer delta() {
            return then == null || now == null ? null : now - then;
        }
    }

    /** A finding in one or both rounds, with its severity in each (null when absent). */
    public record FindingChange(String id, String title, String kind, String severityThen, String severityNow) {
    }

    /**
     * An intervention chosen after the earlier round: its leading indicators as the knowledge base states
     * them, the answers that measure it in both rounds and what they did, and a one-word verdict:
     * improved, worse, mixed, unchanged, or not measured.
     */
    public record FollowUp(String id, String title, List<String> indicators, List<AnswerMove> answers, String verdict,
            int findingsResolved, int findingsStill) {
    }

    /** One answer then and now; {@code direction} is better, worse, same or changed (no healthy direction known). */
    public record AnswerMove(String question, String text, String then, String now, String direction) {
    }
}
