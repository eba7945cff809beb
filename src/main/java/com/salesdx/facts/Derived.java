package com.salesdx.facts;

import java.util.List;
import java.util.Objects;

/**
 * A derived fact named by the deriving rule's {@code @derives} metadata, e.g. "process.undefined".
 * Rules derive facts first and conclude findings from them second.
 */
public final class Derived {
    private final String name;
    private final List<Answer> evidence;

    public Derived(String name, List<Answer> evidence) {
        this.name = Objects.requireNonNull(name);
        this.evidence = java.util.Collections.unmodifiableList(evidence);
    }

    public String getName() {
        return name;
    }

    public List<Answer> getEvidence() {
        return evidence;
    }

    // Equality by name: deriving the same fact twice (two routes to one conclusion) keeps one fact.
    @Override
    public boolean equals(Object other) {
        return other instanceof Derived derived && derived.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Derived(" + name + ")";
    }
}
