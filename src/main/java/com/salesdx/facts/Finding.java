package com.salesdx.facts;

import java.util.List;
import java.util.Objects;

/**
 * A conclusion inserted by a rule whose {@code @finding} metadata names it. It holds only what
 * the session knows (id, rule, answers matched); the engine adds titles and weights from metadata.
 */
public final class Finding {
    private final String id;
    private final String rule;
    private final List<Answer> evidence;

    public Finding(String id, String rule, List<Answer> evidence) {
        this.id = Objects.requireNonNull(id);
        this.rule = Objects.requireNonNull(rule);
        this.evidence = java.util.Collections.unmodifiableList(evidence);
    }

    public String getId() {
        return id;
    }

    public String getRule() {
        return rule;
    }

    public List<Answer> getEvidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return "Finding(" + id + " by \"" + rule + "\")";
    }
}
