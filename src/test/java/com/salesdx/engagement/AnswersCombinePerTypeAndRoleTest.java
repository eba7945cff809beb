package com.salesdx.engagement;

import static com.salesdx.engagement.EngagementFixtures.engagement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.diagnosis.Diagnosis.RoleAnswers;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.support.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How several respondents' answers combine, per question type and role, with the shipped combination.yaml. */
class AnswersCombinePerTypeAndRoleTest {
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    private CombinedAnswer combined(EngagementFixtures fixture, String question) {
        return fixture.diagnose(ruleBase).combined().question(question).orElseThrow();
    }

    @Test
    void yesNoFollowsTheMajorityWhenEveryRoleWeighsTheSame() {
        CombinedAnswer answer = combined(engagement()
                .respondent("sales_leader", "process.exit_criteria", true)
                .respondent("frontline_manager", "process.exit_criteria", true)
                .respondent("seller", "process.exit_criteria", false), "process.exit_criteria");
        assertEquals(true, answer.answer().value());
        assertEquals(3, answer.restsOn(), "rests on the three answers weighed, the one no included");
        assertEquals(3, answer.answered());
    }

    @Test
    void sellersWeighDoubleOnTheReviewTheyAttendSoTwoManagersAgainstOneSellerIsATieReadAsUnhealthy() {
        CombinedAnswer answer = combined(engagement()
                .respondent("frontline_manager", "leadership.weekly_pipeline_review", true)
                .respondent("frontline_manager", "leadership.weekly_pipeline_review", true)
                .respondent("seller", "leadership.weekly_pipeline_review", false), "leadership.weekly_pipeline_review");
        assertEquals(false, answer.answer().value(), "2 x 1 for yes against 1 x 2 for no is a tie; the tie is unhealthy");
    }

    @Test
    void aRoleThatIsNoWitnessForAQuestionIsShownButNotCounted() {
        CombinedAnswer answer = combined(engagement()
                .respondent("executive", "leadership.coaching_hours", 5.0)
                .respondent("seller", "leadership.coaching_hours", 1.0), "leadership.coaching_hours");
        assertEquals(1.0, answer.answer().value());
        assertEquals(1, answer.restsOn());
        RoleAnswers executive = answer.byRole().stream().filter(r -> r.role().equals("executive")).findFirst().orElseThrow();
        assertFalse(executive.counted());
        assertEquals(java.util.List.of("5 hours per rep per week"), executive.answers());
    }

    @Test
    void whenNoCredibleWitnessAnsweredEveryoneCountsRatherThanLosingTheQuestion() {
        CombinedAnswer answer = combined(engagement().respondent("executive", "leadership.coaching_hours", 4.0),
                "leadership.coaching_hours");
        assertEquals(4.0, answer.answer().value());
        assertEquals(1, answer.restsOn());
    }

    @Test
    void scaleAnswersCombineByTheMedianAndAnEvenSplitIsReadAsTheLessHealthyPoint() {
        CombinedAnswer odd = combined(engagement()
                .respondent("seller", "leadership.standards_enforced", 1)
                .respondent("seller", "leadership.standards_enforced", 4)
                .respondent("seller", "leadership.standards_enforced", 5), "leadership.standards_enforced");
        assertEquals(4, odd.answer().value());
        CombinedAnswer even = combined(engagement()
                .respondent("seller", "leadership.standards_enforced", 2)
                .respondent("frontline_manager", "leadership.standards_enforced", 4), "leadership.standards_enforced");
        assertEquals(2, even.answer().value(), "standards_enforced is healthy high, so the tie goes to 2");
    }

    @Test
    void numbersCombineByTheMedianWhichAveragesTheTwoMiddleAnswers() {
        CombinedAnswer answer = combined(engagement()
                .respondent("frontline_manager", "leadership.reps_per_manager", 6.0)
                .respondent("sales_leader", "leadership.reps_per_manager", 9.0), "leadership.reps_per_manager");
        assertEquals(7.5, answer.answer().value());
        assertEquals(2, answer.restsOn());
    }

    @Test
    void choicesCombineByTheMostFrequentAnswerAndATieGoesToTheLowerScoredOption() {
        CombinedAnswer frequent = combined(engagement()
                .respondent("frontline_manager", "leadership.pipeline_review_focus", "numbers_rollup")
                .respondent("seller", "leadership.pipeline_review_focus", "numbers_rollup")
                .respondent("sales_leader", "leadership.pipeline_review_focus", "deal_inspection"),
                "leadership.pipeline_review_focus");
        assertEquals("numbers_rollup", frequent.answer().value());
        CombinedAnswer tie = combined(engagement()
                .respondent("sales_leader", "leadership.pipeline_review_focus", "deal_inspection")
                .respondent("seller", "leadership.pipeline_review_focus", "mixed"), "leadership.pipeline_review_focus");
        assertEquals("mixed", tie.answer().value(), "mixed scores 50, deal_inspection 100");
    }

    @Test
    void dontKnowWinsOnlyWhenItOutweighsTheRealAnswers() {
        CombinedAnswer mostlyUnknown = combined(engagement()
                .respondent("sales_leader", "process.crm_required_fields", "dont_know")
                .respondent("frontline_manager", "process.crm_required_fields", "dont_know")
                .respondent("seller", "process.crm_required_fields", 12.0), "process.crm_required_fields");
        assertTrue(mostlyUnknown.answer().dontKnow());
        assertEquals(3, mostlyUnknown.restsOn(), "nobody together could say: all three");
        CombinedAnswer mostlyKnown = combined(engagement()
                .respondent("sales_leader", "process.crm_required_fields", 10.0)
                .respondent("frontline_manager", "process.crm_required_fields", 20.0)
                .respondent("seller", "process.crm_required_fields", "dont_know"), "process.crm_required_fields");
        assertEquals(15.0, mostlyKnown.answer().value());
        assertEquals(2, mostlyKnown.restsOn());
    }

    @Test
    void theForecastsAccuracyKnownToTheSalesDirectorIsNotDrownedByManagersAndSellersWhoDoNotTrackIt() {
        CombinedAnswer answer = combined(engagement()
                .respondent("sales_leader", "process.forecast_accuracy", 78.0)
                .respondent("frontline_manager", "process.forecast_accuracy", "dont_know")
                .respondent("seller", "process.forecast_accuracy", "dont_know"), "process.forecast_accuracy");
        assertEquals(78.0, answer.answer().value(), "leaders track the figure: the seller's don't know is shown, not counted");
        assertEquals(1, answer.restsOn());
    }

    @Test
    void theContextStatedByTheEngagementOverridesWhatRespondentsSaid() {
        CombinedAnswer answer = combined(engagement().context("context.team_size", 40.0)
                .respondent("seller", "context.team_size", 12.0, "process.exit_criteria", false), "context.team_size");
        assertEquals(40.0, answer.answer().value());
        assertTrue(answer.fromContext());
        assertEquals(0, answer.restsOn());
    }

    @Test
    void anExecutiveQuickDiagnosticAnswerCountsForTheConsultantQuestionItFeeds() {
        CombinedAnswer answer = combined(engagement()
                .respondentOf("ceo", "executive", "ceo.strategy_line_of_sight", false)
                .respondent("sales_leader", "strategy.plans_linked", false), "strategy.plans_linked");
        assertEquals(false, answer.answer().value());
        assertEquals(2, answer.restsOn());
    }

    @Test
    void howAnswersCombineIsReadFromTheKnowledgeBaseNotFromJava(@TempDir Path temp) throws Exception {
        Path root = ProjectFiles.copyTo(temp);
        Path file = root.resolve("knowledge-base/combination.yaml");
        Files.writeString(file, Files.readString(file).replace("yes_no: {method: majority, tie: unhealthy}",
                "yes_no: {method: majority, tie: healthy}"));
        RuleBase edited = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        EngagementFixtures split = engagement()
                .respondent("sales_leader", "process.exit_criteria", true)
                .respondent("seller", "process.exit_criteria", false);
        assertEquals(false, split.diagnose(ruleBase).combined().question("process.exit_criteria").orElseThrow().answer().value());
        assertEquals(true, split.diagnose(edited).combined().question("process.exit_criteria").orElseThrow().answer().value());
    }
}
