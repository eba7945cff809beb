package com.salesdx.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.support.ProjectFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionRankingTest {
    private final Knowledge knowledge = ProjectFiles.shippedRuleBase().knowledge();

    @Test
    void forFindingsOfEqualSeverityStrategyAndProcessFixesComeBeforeIncentives() {
        List<RankedIntervention> ranked = InterventionRanker.rank(knowledge, List.of(
                finding("compensation.x", "compensation", "high", "compensation-model-by-context"),
                finding("process.x", "process", "high", "buyer-journey-stages"),
                finding("strategy.x", "strategy", "high", "operational-icp")));
        assertEquals(List.of("operational-icp", "buyer-journey-stages", "compensation-model-by-context"),
                ranked.stream().map(RankedIntervention::id).toList());
        assertEquals(9.0, ranked.get(0).priority());
        assertEquals(5.4, ranked.get(2).priority());
    }

    @Test
    void aHighFindingOutweighsAnUpstreamLowOneAndSharedRemediesAddUp() {
        List<RankedIntervention> ranked = InterventionRanker.rank(knowledge, List.of(
                finding("strategy.minor", "strategy", "low", "strategic-selling-themes"),
                finding("compensation.major", "compensation", "high", "stop-incentive-first-reaction"),
                finding("leadership.a", "leadership", "medium", "operating-rhythm"),
                finding("leadership.b", "leadership", "medium", "operating-rhythm")));
        assertEquals(List.of("operating-rhythm", "stop-incentive-first-reaction", "strategic-selling-themes"),
                ranked.stream().map(RankedIntervention::id).toList());
        assertEquals(List.of("leadership.a", "leadership.b"), ranked.get(0).addresses());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(RankedIntervention::rank).toList());
    }

    private static FindingResult finding(String id, String pillar, String severity, String intervention) {
        return new FindingResult(id, pillar, severity, id, "why", List.of(intervention), List.of(), List.of());
    }
}
