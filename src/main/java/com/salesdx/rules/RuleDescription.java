package com.salesdx.rules;

import com.salesdx.knowledge.Severity;
import java.util.List;

/**
 * What the engine knows about one rule, all of it read from the DRL file: where it is, what it
 * concludes (from its metadata) and what it reads (from its conditions).
 */
public record RuleDescription(String name, String file, int line, RuleKind kind, String id, String pillar,
        Severity severity, List<String> interventions, String explanation, List<Reference> reads, String findingKind,
        List<String> absence) {

    public static final String VISIBILITY = "visibility";
    public static final String PROBLEM = "problem";
    /** Leaders and sellers answered the same question differently (read from Gap facts). */
    public static final String PERCEPTION = "perception";
    static final java.util.Set<String> KINDS = java.util.Set.of(VISIBILITY, PERCEPTION);

    public boolean visibility() {
        return VISIBILITY.equals(findingKind);
    }

    /** The same rule found at another line (a decision table's rule at its row). */
    public RuleDescription atLine(int at) {
        return new RuleDescription(name, file, at, kind, id, pillar, severity, interventions, explanation, reads,
                findingKind, absence);
    }

    public String location() {
        return file + ":" + line;
    }
}
