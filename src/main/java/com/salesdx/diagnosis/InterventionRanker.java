package com.salesdx.diagnosis;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import com.salesdx.knowledge.Intervention;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the remedies by system logic: each intervention earns, for every finding it addresses,
 * that finding's severity weight times the upstream factor of the pillar it acts on. Strategy
 * and process fixes therefore outrank tools and incentives for findings of equal weight.
 */
final class InterventionRanker {
    private InterventionRanker() {
    }

    static List<RankedIntervention> rank(Knowledge knowledge, List<FindingResult> findings) {
        return rank(knowledge, findings, Integer.MAX_VALUE);
    }

    /** The first {@code detailed} interventions carry their full text; the rest their title and horizon. */
    static List<RankedIntervention> rank(Knowledge knowledge, List<FindingResult> findings, int detailed) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (FindingResult finding : findings) {
            double weight = knowledge.severityWeight(Severity.parse(finding.severity()).orElseThrow());
            for (String id : finding.interventions()) {
                Tally tally = tallies.get(id);
                if (tally == null) {
                    tally = new Tally(id, knowledge.interventionRank(id), knowledge.interventionFactor(id));
                    tallies.put(id, tally);
                }
                tally.priority += weight * tally.factor;
                tally.addresses.add(finding.id());
            }
        }
        List<Tally> order = new ArrayList<>(tallies.values());
        order.sort(null);
        List<RankedIntervention> ranked = new ArrayList<>(order.size());
        for (Tally tally : order) {
            Intervention it = knowledge.intervention(tally.id).orElseThrow();
            boolean full = ranked.size() < detailed;
            ranked.add(new RankedIntervention(ranked.size() + 1, tally.id, it.title(), it.pillars(),
                    Math.round(tally.priority * 10) / 10.0, List.copyOf(tally.addresses), it.horizon(),
                    full ? it.why() : null, full ? it.steps() : null, full ? it.indicators() : null));
        }
        return ranked;
    }

    /** One intervention's running priority; orders by priority, then upstream rank, then id. */
    private static final class Tally implements Comparable<Tally> {
        final String id;
        final int rank;
        final double factor;
        final List<String> addresses = new ArrayList<>(2);
        double priority;

        Tally(String id, int rank, double factor) {
            this.id = id;
            this.rank = rank;
            this.factor = factor;
        }

        @Override
        public int compareTo(Tally other) {
            int byPriority = Double.compare(other.priority, priority);
            if (byPriority != 0) {
                return byPriority;
            }
            return rank != other.rank ? Integer.compare(rank, other.rank) : id.compareTo(other.id);
        }
    }
}
