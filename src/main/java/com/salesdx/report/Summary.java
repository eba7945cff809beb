package com.salesdx.report;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import java.util.List;

/** Sentences every report format shares, so the terminal, Markdown and web pages say the same. */
public final class Summary {
    private Summary() {
    }

    /** "Weakest pillar: ...", a tie named as a tie, or why no pillar is named. */
    public static String weakest(Diagnosis d) {
        if (d.weakestPillar() != null) {
            return "Weakest pillar: " + name(d, d.weakestPillar()) + ".";
        }
        List<String> tie = d.weakestTie() == null ? List.of() : d.weakestTie();
        if (!tie.isEmpty()) {
            return "No single weakest pillar: " + String.join(", ", tie.stream().map(id -> name(d, id)).toList())
                    + " are level with each other.";
        }
        return "No weakest pillar named: fewer than two pillars have enough answers to compare.";
    }

    private static String name(Diagnosis d, String id) {
        return d.pillars().stream().filter(p -> p.id().equals(id)).map(PillarResult::name).findFirst().orElse(id);
    }
}
