package com.salesdx.report;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
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
                    + " are too close to tell apart.";
        }
        return "No weakest pillar named: fewer than two pillars have enough answers to compare.";
    }

    /** Heading of the remedies after start here that each open a remaining finding. */
    public static final String NEXT = "Then: the first remedy for each remaining finding";
    /** Heading of the remedies after those, whose order is by weight alone. */
    public static final String FURTHER = "Also worth doing: further remedies, by weight";

    /**
     * After start here: the first remedy for each remaining finding of start-here severity, with any
     * remedy one of them needs first placed just before it.
     */
    public static List<RankedIntervention> next(Diagnosis d) {
        List<RankedIntervention> after = afterStartHere(d);
        return after.subList(0, firstOfFurther(after));
    }

    /** The remedies after those: second choices and remedies for less severe findings, by priority. */
    public static List<RankedIntervention> further(Diagnosis d) {
        List<RankedIntervention> after = afterStartHere(d);
        return after.subList(firstOfFurther(after), after.size());
    }

    private static List<RankedIntervention> afterStartHere(Diagnosis d) {
        return d.interventions().stream().filter(i -> !d.startHere().contains(i.id())).toList();
    }

    private static int firstOfFurther(List<RankedIntervention> after) {
        int end = 0;
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).firstRemedy()) {
                end = i + 1;
            }
        }
        return end;
    }

    private static String name(Diagnosis d, String id) {
        return d.pillars().stream().filter(p -> p.id().equals(id)).map(PillarResult::name).findFirst().orElse(id);
    }
}
