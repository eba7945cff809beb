package com.salesdx.web.engagements;

import com.salesdx.accounts.Owned;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One round of a client engagement as stored: who owns it and who it is shared with, the client, the
 * context facts stated once for everyone (question id to value), its round number and the round before
 * it, the interventions the client chose after it, and the rules version in force when the next round
 * started (null while it is the latest round).
 */
public record StoredEngagement(String id, String ownerId, Set<String> sharedWith, String client, String sector,
        Map<String, Object> context, int round, String previousId, List<String> chosenInterventions, String rulesVersion,
        Instant createdAt) implements Owned {

    public StoredEngagement {
        sharedWith = Set.copyOf(sharedWith);
        context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
        chosenInterventions = List.copyOf(chosenInterventions);
    }

    /** "3 March 2026": when the round started, as people read dates. */
    public String startedOn() {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .withZone(java.time.ZoneOffset.UTC).format(createdAt);
    }

    /** "Round 2": how the report header and comparisons name the round. */
    public String roundLabel() {
        return "Round " + round;
    }
}
