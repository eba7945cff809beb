package com.salesdx.diagnosis;

import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.knowledge.Scoring;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names the weakest pillar only when it is clearly lower than the rest: a lower maturity level
 * than every other scored pillar, or a score at least the configured margin below the next.
 * Otherwise the pillars that share the bottom are a tie, and the diagnosis says so.
 */
record Weakest(String pillar, List<String> tie) {
    private static final Weakest NONE = new Weakest(null, List.of());

    static Weakest of(List<PillarResult> pillars, Scoring scoring) {
        List<PillarResult> scored = new ArrayList<>();
        for (PillarResult p : pillars) {
            if (p.assessed()) {
                scored.add(p);
            }
        }
        if (scored.size() < scoring.weakest().minAssessed()) {
            return NONE;
        }
        scored.sort(Comparator.comparingInt(PillarResult::score));
        PillarResult lowest = scored.get(0);
        if (scored.stream().skip(1).allMatch(p -> lowerLevel(lowest, p))) {
            return new Weakest(lowest.id(), List.of());
        }
        List<String> tie = new ArrayList<>();
        for (PillarResult p : scored) {
            if (p.score() - lowest.score() < scoring.weakest().margin() && !lowerLevel(lowest, p)) {
                tie.add(p.id());
            }
        }
        return tie.size() == 1 ? new Weakest(lowest.id(), List.of()) : new Weakest(null, List.copyOf(tie));
    }

    private static boolean lowerLevel(PillarResult a, PillarResult b) {
        return a.level() != null && b.level() != null && a.level() < b.level();
    }
}
