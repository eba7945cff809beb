package com.salesdx.diagnosis;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import com.salesdx.knowledge.Intervention;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Scoring;
import com.salesdx.knowledge.Severity;
import java.util.ArrayList;
import java.util.Comparator;
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
        Scoring scoring = knowledge.scoring();
        Map<String, Double> priority = new LinkedHashMap<>();
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        for (FindingResult finding : findings) {
            double weight = scoring.severityWeight(Severity.parse(finding.severity()).orElseThrow());
            for (String id : finding.interventions()) {
                Intervention intervention = knowledge.intervention(id).orElseThrow();
                double factor = scoring.upstreamFactor(knowledge.upstreamRank(intervention.primaryPillar()));
                priority.merge(id, weight * factor, Double::sum);
                addresses.computeIfAbsent(id, k -> new ArrayList<>()).add(finding.id());
            }
        }
        List<String> order = new ArrayList<>(priority.keySet());
        order.sort(Comparator.comparing((String id) -> -priority.get(id))
                .thenComparingInt(id -> knowledge.upstreamRank(knowledge.intervention(id).orElseThrow().primaryPillar()))
                .thenComparing(id -> id));
        List<RankedIntervention> ranked = new ArrayList<>();
        for (String id : order) {
            Intervention it = knowledge.intervention(id).orElseThrow();
            ranked.add(new RankedIntervention(ranked.size() + 1, id, it.title(), it.pillars(),
                    Math.round(priority.get(id) * 10) / 10.0, List.copyOf(addresses.get(id)), it.why(), it.steps(),
                    it.horizon(), it.indicators()));
        }
        return ranked;
    }
}
