package com.salesdx.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import com.salesdx.knowledge.InPlaceSign;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.support.ProjectFiles;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionRankingTest {
    private final Knowledge knowledge = ProjectFiles.shippedRuleBase().knowledge();

    @Test
    void forFindingsOfEqualSeverityDesignLeversComeBeforeIncentives() {
        List<RankedIntervention> ranked = ranked(
                finding("compensation.x", "compensation", "high", List.of("compensation.model"), "compensation-model-by-context"),
                finding("leadership.x", "leadership", "high", List.of("leadership.coaching_hours"), "operating-rhythm"),
                finding("strategy.x", "strategy", "high", List.of("strategy.icp_exists"), "operational-icp"));
        assertEquals(List.of("operational-icp", "operating-rhythm", "compensation-model-by-context"), ids(ranked));
        assertEquals(9.0, ranked.get(0).priority());
        assertEquals(9.0, ranked.get(1).priority(), "leadership is a design lever, weighed like strategy");
        assertEquals(5.4, ranked.get(2).priority());
    }

    @Test
    void oneAnswerCitedByTwoFindingsCountsOnceForTheSameRemedy() {
        List<RankedIntervention> ranked = ranked(
                finding("compensation.a", "compensation", "high", List.of("compensation.aligned_with_themes"), "align-plan-measures"),
                finding("compensation.b", "compensation", "high", List.of("compensation.aligned_with_themes"), "align-plan-measures"),
                finding("strategy.x", "strategy", "high", List.of("strategy.icp_exists"), "operational-icp"));
        assertEquals(List.of("operational-icp", "align-plan-measures"), ids(ranked));
        assertEquals(5.4, ranked.get(1).priority(), "the second finding rests on the same answer and adds nothing");
        assertEquals(List.of("compensation.a", "compensation.b"), ranked.get(1).addresses());
    }

    @Test
    void aTieGoesToTheMoreSevereFindingThenToTheRulesFirstRemedy() {
        List<RankedIntervention> ranked = ranked(
                finding("strategy.a", "strategy", "high", List.of("strategy.icp_exists"), "operational-icp", "icp-validation-sprint"));
        assertEquals(List.of("operational-icp", "icp-validation-sprint"), ids(ranked));
        ranked = ranked(
                finding("strategy.a", "strategy", "high", List.of("strategy.icp_exists"), "icp-validation-sprint", "operational-icp"));
        assertEquals(List.of("icp-validation-sprint", "operational-icp"), ids(ranked), "not alphabetical: the rule's order");
    }

    @Test
    void startHereSpreadsOverThePillarsWithUrgentFindings() {
        List<FindingResult> findings = List.of(
                finding("strategy.a", "strategy", "high", List.of("strategy.icp_exists"), "operational-icp", "icp-validation-sprint", "focus-segments"),
                finding("strategy.b", "strategy", "high", List.of("strategy.plans_linked"), "strategy-cascade", "account-plan-redesign"),
                finding("leadership.a", "leadership", "high", List.of("leadership.manager_coaching_kpi"), "manager-role-redefinition"));
        var tallies = InterventionRanker.rank(knowledge, findings);
        List<String> start = StartHere.pick(knowledge, tallies);
        assertEquals(3, start.size());
        assertTrue(start.contains("manager-role-redefinition"), "leadership's high finding gets a start: " + start);
        assertTrue(start.contains("strategy-cascade"), "the second strategy finding is answered too: " + start);
    }

    @Test
    void lowFindingsAloneForceNoStartAndTheReasonSaysSo() {
        var tallies = InterventionRanker.rank(knowledge, List.of(
                finding("strategy.minor", "strategy", "low", List.of("strategy.selling_themes"), "strategic-selling-themes")));
        List<String> start = StartHere.pick(knowledge, tallies);
        assertEquals(List.of(), start);
        assertTrue(StartHere.reason(knowledge, tallies, start).startsWith("Nothing urgent"));
    }

    @Test
    void aRemedyTheClientAlreadyHasIsNotRecommended() {
        FindingResult finding = finding("compensation.x", "compensation", "medium", List.of("compensation.aligned_with_themes"),
                "align-plan-measures", "strategic-selling-themes");
        var withThemes = InterventionRanker.rank(knowledge, List.of(finding),
                answeredYes("strategy.selling_themes", "strategy.themes_operational"));
        assertEquals(List.of("align-plan-measures"), withThemes.stream().map(t -> t.id).toList());
        var themesOnPaper = InterventionRanker.rank(knowledge, List.of(finding), answeredYes("strategy.selling_themes"));
        assertEquals(List.of("align-plan-measures", "strategic-selling-themes"), themesOnPaper.stream().map(t -> t.id).toList(),
                "themes that exist but do not steer selling are not in place");
    }

    @Test
    void aRemedyAnotherOneNeedsComesBeforeItWhenItIsAFindingsFirstRemedy() {
        // forecast-by-evidence answers three findings, but it comes after partner-deal-registration (interventions.yaml).
        FindingResult partners = finding("context.partners", "process", "high", List.of("context.partner_deal_registration"),
                "partner-deal-registration", "forecast-by-evidence");
        FindingResult gut = finding("process.gut", "process", "medium", List.of("process.forecast_basis"), "forecast-by-evidence");
        FindingResult miss = finding("system.miss", "process", "medium", List.of("context.forecast_within_ten_pct"), "forecast-by-evidence");
        var tallies = InterventionRanker.rank(knowledge, List.of(partners, gut, miss));
        assertEquals(List.of("partner-deal-registration", "forecast-by-evidence"), tallies.stream().map(t -> t.id).toList());
        assertTrue(tallies.get(0).priority < tallies.get(1).priority, "first by sequence, not by weight");
        List<String> start = StartHere.pick(knowledge, tallies);
        assertEquals(List.of("partner-deal-registration", "forecast-by-evidence"), start);
        assertTrue(StartHere.reason(knowledge, tallies, start).contains("only works once it is in place"),
                StartHere.reason(knowledge, tallies, start));

        // Named only in second place, the prerequisite is covered by its finding's own first remedy and stays behind.
        FindingResult secondPlace = finding("context.partners", "process", "high", List.of("context.partner_deal_registration"),
                "operating-rhythm", "partner-deal-registration");
        var other = InterventionRanker.rank(knowledge, List.of(secondPlace, gut, miss));
        assertTrue(other.stream().map(t -> t.id).toList().indexOf("forecast-by-evidence")
                < other.stream().map(t -> t.id).toList().indexOf("partner-deal-registration"));
    }

    private List<RankedIntervention> ranked(FindingResult... findings) {
        var tallies = InterventionRanker.rank(knowledge, Arrays.asList(findings));
        return InterventionRanker.present(knowledge, tallies, StartHere.pick(knowledge, tallies));
    }

    private static List<String> ids(List<RankedIntervention> ranked) {
        return ranked.stream().map(RankedIntervention::id).toList();
    }

    private static FindingResult finding(String id, String pillar, String severity, List<String> answers,
            String... interventions) {
        return new FindingResult(id, pillar, severity, "problem", id, "why", List.of(interventions), List.of(),
                answers.stream().map(q -> new EvidenceAnswer(q, q, "no", null)).toList());
    }

    private static java.util.function.Predicate<InPlaceSign> answeredYes(String... questions) {
        return sign -> !sign.isChoice() && List.of(questions).contains(sign.question());
    }
}
