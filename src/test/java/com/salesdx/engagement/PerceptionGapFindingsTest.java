package com.salesdx.engagement;

import static com.salesdx.engagement.EngagementFixtures.engagement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.RoleAnswers;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Perception gaps decided by rules/perception.drl, on the real rules and knowledge base. */
class PerceptionGapFindingsTest {
    private static final String REVIEW = "leadership.weekly_pipeline_review";
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    /** Leaders say the review happens, sellers say it does not; plus enough else for a crowded diagnosis. */
    private EngagementFixtures reviewSeenOnlyByLeaders() {
        Object[] common = {"strategy.icp_exists", false, "strategy.segments_validated", false, "strategy.plans_linked", false,
            "process.exit_criteria", false, "process.buyer_based_process", false, "process.deals_keep_slipping", true,
            "process.stage_advance_reason", false, "leadership.hero_manager", true, "compensation.minimum_threshold", false};
        return engagement().context("context.sales_motion", "complex_b2b").context("context.segments_pursued", 5.0)
                .context("context.team_size", 12.0)
                .respondent("sales_leader", concat(common, REVIEW, true))
                .respondent("frontline_manager", concat(common, REVIEW, true))
                .respondent("seller", concat(common, REVIEW, false))
                .respondent("seller", concat(common, REVIEW, false))
                .respondent("seller", concat(common, REVIEW, false));
    }

    @Test
    void leadersSayingYesWhereSellersSayNoIsAHighFindingThatLeadsTheDiagnosis() {
        EngagementDiagnosis result = reviewSeenOnlyByLeaders().diagnose(ruleBase);
        List<FindingResult> findings = result.diagnosis().findings();
        FindingResult gap = findings.get(0);
        assertEquals("perception.pipeline-review-unseen", gap.id(), "first of " + findings.stream().map(FindingResult::id).toList());
        assertEquals("high", gap.severity());
        assertEquals("perception", gap.kind());
        // Without the perception kind, high findings of the upstream strategy and process pillars would come first.
        assertTrue(findings.stream().anyMatch(f -> f.severity().equals("high") && f.pillar().equals("strategy")),
                "the gap leads upstream high findings: " + findings.stream().map(f -> f.id() + "/" + f.severity()).toList());
        assertEquals(5, result.restsOn(gap.id()));
    }

    @Test
    void theGapFindingShowsEachRolesAnswersSideBySide() {
        FindingResult gap = reviewSeenOnlyByLeaders().diagnose(ruleBase).diagnosis().findings().stream()
                .filter(f -> f.id().equals("perception.pipeline-review-unseen")).findFirst().orElseThrow();
        EvidenceAnswer evidence = gap.evidence().stream().filter(e -> e.question().equals(REVIEW)).findFirst().orElseThrow();
        Map<String, List<String>> byRole = evidence.byRole().stream()
                .collect(java.util.stream.Collectors.toMap(RoleAnswers::role, RoleAnswers::answers));
        assertEquals(Map.of("sales_leader", List.of("yes"), "frontline_manager", List.of("yes"),
                "seller", List.of("no", "no", "no")), byRole);
        assertEquals("no", evidence.answer(), "sellers weigh double on the review they attend: 6 against 1");
        assertEquals(4, evidence.restsOn(), "the sales leader is no witness for this question");
    }

    @Test
    void whenLeadersAndSellersAgreeThereIsNoGapAndNoPerceptionFinding() {
        EngagementDiagnosis result = engagement()
                .respondent("sales_leader", REVIEW, false, "leadership.coaching_hours", 1.0)
                .respondent("seller", REVIEW, false, "leadership.coaching_hours", 1.0)
                .diagnose(ruleBase);
        assertEquals(List.of(), result.gaps());
        assertEquals(List.of(), result.perceptionFindings());
        assertTrue(result.diagnosis().findings().stream().anyMatch(f -> f.id().equals("leadership.no-weekly-pipeline-review")));
    }

    @Test
    void aCoachingGapBecomesAFindingOnlyPastTheThresholdInThresholdsYaml() {
        // perception.coaching_hours_gap is 1 hour
        EngagementDiagnosis small = engagement().respondent("frontline_manager", "leadership.coaching_hours", 3.0)
                .respondent("seller", "leadership.coaching_hours", 2.5).diagnose(ruleBase);
        assertEquals(1, small.gaps().size(), "half an hour apart is a gap...");
        assertFalse(ids(small.diagnosis()).contains("perception.coaching-unfelt"), "...but not a finding");
        EngagementDiagnosis large = engagement().respondent("frontline_manager", "leadership.coaching_hours", 3.0)
                .respondent("seller", "leadership.coaching_hours", 1.0).diagnose(ruleBase);
        assertTrue(ids(large.diagnosis()).contains("perception.coaching-unfelt"));
    }

    @Test
    void sellersRatingThemselvesHigherIsAGapInTheOtherDirection() {
        EngagementDiagnosis result = engagement().respondent("frontline_manager", "skills.discovery_quality", 2)
                .respondent("seller", "skills.discovery_quality", 4).diagnose(ruleBase);
        assertTrue(result.gaps().get(0).isSellersHealthier());
        assertTrue(ids(result.diagnosis()).contains("perception.skills-overrated-by-sellers"));
    }

    @Test
    void aSingleInterviewDiagnosisIsUnchangedAndHasNoPerceptionFinding() {
        var answers = reviewSeenOnlyByLeaders().build().respondents().get(0).answers();
        Diagnosis single = Diagnoser.diagnose(ruleBase, answers);
        assertTrue(single.findings().stream().noneMatch(f -> "perception".equals(f.kind())));
        assertTrue(single.findings().stream().flatMap(f -> f.evidence().stream())
                .allMatch(e -> e.restsOn() == null && e.byRole() == null));
        assertFalse(JsonReport.compact(single).contains("rests_on"), "a single interview's JSON keeps its old shape");
    }

    @Test
    void anEngagementDiagnosisStoredAsJsonReadsBackWithItsRoleAnswers() {
        Diagnosis diagnosis = reviewSeenOnlyByLeaders().diagnose(ruleBase).diagnosis();
        Diagnosis back = JsonReport.read(JsonReport.compact(diagnosis), Diagnosis.class);
        assertEquals(diagnosis, back);
    }

    private static List<String> ids(Diagnosis d) {
        return d.findings().stream().map(FindingResult::id).toList();
    }

    private static Object[] concat(Object[] common, Object... more) {
        Object[] all = java.util.Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }
}
