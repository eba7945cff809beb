package com.salesdx.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.engagement.RoundComparison.FindingChange;
import com.salesdx.engagement.RoundComparison.FollowUp;
import com.salesdx.engagement.RoundComparison.PillarChange;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two rounds of the shipped example engagement, compared on the real rules. */
class RoundComparisonTest {
    private static final Path ROUND_1 = Path.of("examples/engagement/round-1/engagement.yaml");
    private static final Path ROUND_2 = Path.of("examples/engagement/round-2/engagement.yaml");
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    private EngagementDiagnosis diagnose(RuleBase rules, Path file) {
        Problems problems = new Problems();
        Engagement engagement = new EngagementReader(rules.knowledge()).read(file, problems)
                .orElseThrow(() -> new AssertionError(problems.list().toString()));
        return EngagementDiagnoser.diagnose(rules, engagement);
    }

    private RoundComparison compare() {
        return RoundComparer.compare(ruleBase.knowledge(), diagnose(ruleBase, ROUND_1), diagnose(ruleBase, ROUND_2));
    }

    @Test
    void theGapTheRhythmClosedIsResolvedTheDashboardFearIsNewAndTheDirectionGapPersists() {
        RoundComparison c = compare();
        assertTrue(ids(c.resolved()).contains("perception.pipeline-review-unseen"), "resolved: " + ids(c.resolved()));
        assertTrue(ids(c.resolved()).contains("leadership.hero-manager"));
        assertEquals(List.of("leadership.dashboards-create-fear"), ids(c.appeared()));
        assertTrue(ids(c.persisting()).contains("perception.direction-unclear-below"));
        assertTrue(ids(c.resolved()).stream().noneMatch(ids(c.persisting())::contains));
        assertEquals("Q1 2026", c.earlierRound());
        assertEquals("Q2 2026", c.laterRound());
    }

    @Test
    void scoresAreGivenThenAndNowAndLeadershipRose() {
        PillarChange leadership = compare().pillars().stream().filter(p -> p.id().equals("leadership")).findFirst().orElseThrow();
        assertTrue(leadership.then() != null && leadership.now() != null);
        assertTrue(leadership.delta() > 0, "leadership " + leadership.then() + " -> " + leadership.now());
    }

    @Test
    void theInterventionsChosenInTheEarlierRoundReportWhetherTheirAnswersMoved() {
        RoundComparison c = compare();
        assertEquals(List.of("operating-rhythm", "behaviour-coaching"), c.chosen().stream().map(FollowUp::id).toList());
        FollowUp rhythm = c.chosen().get(0);
        assertEquals("improved", rhythm.verdict());
        assertTrue(rhythm.answers().stream().anyMatch(m -> m.question().equals("leadership.weekly_pipeline_review")
                && m.then().equals("no") && m.now().equals("yes") && m.direction().equals("better")), rhythm.answers().toString());
        assertTrue(rhythm.findingsResolved() > 0);
        assertFalse(rhythm.indicators().isEmpty(), "the indicators interventions.yaml states are shown to watch");
        assertTrue(rhythm.answers().stream().noneMatch(m -> m.question().startsWith("context.sales_motion")),
                "a context fact stated by the engagement is no measure of a remedy");
    }

    @Test
    void theSameRulesInBothRoundsAreSaidToBeTheSame() {
        RoundComparison c = compare();
        assertFalse(c.rulesChanged());
        assertEquals(ruleBase.version(), c.laterRules());
    }

    @Test
    void aRuleEditBetweenRoundsIsReportedAsARulesChange(@TempDir Path temp) throws Exception {
        Path root = ProjectFiles.copyTo(temp);
        Path drl = root.resolve("rules/perception.drl");
        Files.writeString(drl, Files.readString(drl).replace("@severity(medium)\n    @interventions(align-plan-measures)",
                "@severity(low)\n    @interventions(align-plan-measures)"));
        RuleBase edited = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        RoundComparison c = RoundComparer.compare(ruleBase.knowledge(), diagnose(ruleBase, ROUND_1), diagnose(edited, ROUND_2));
        assertTrue(c.rulesChanged(), c.earlierRules() + " vs " + c.laterRules());
        FindingChange pay = c.persisting().stream().filter(f -> f.id().equals("perception.pay-plan-not-understood"))
                .findFirst().orElseThrow();
        assertEquals("medium", pay.severityThen());
        assertEquals("low", pay.severityNow());
    }

    private static List<String> ids(List<FindingChange> findings) {
        return findings.stream().map(FindingChange::id).toList();
    }
}
