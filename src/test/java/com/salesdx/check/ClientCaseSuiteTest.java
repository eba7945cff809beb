package com.salesdx.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problems;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The client cases: stories told as a consultant tells them, translated into answers, with
 * expectations on order (the primary cause first, the first steps a consultant would defend).
 */
class ClientCaseSuiteTest {
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    @TestFactory
    Stream<DynamicTest> everyClientCaseGetsThePrimaryCauseAndFirstStepsRight() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ScenarioResult result = ScenarioRunner.run(c, ruleBase);
            assertTrue(result.passed(), c.file() + ": " + String.join("; ", result.failures()));
        }));
    }

    @Test
    void everyCaseTellsItsStoryAndAtLeastTwentyFiveExpectAnOrder() {
        List<Scenario> cases = cases();
        long ordered = 0;
        for (Scenario c : cases) {
            assertTrue(c.story() != null && c.story().split("\\s+").length >= 40, c.file() + " needs a story");
            Expectation e = c.expect();
            if (!e.primaryOrEmpty().isEmpty() || !e.topInterventionsOrEmpty().isEmpty() || Boolean.TRUE.equals(e.startHereEmpty())) {
                ordered++;
            }
        }
        // A context pair's second half may test only what must not fire; the rest test the order.
        assertTrue(ordered >= 25, "cases with expectations on the order: " + ordered + " of " + cases.size());
    }

    @Test
    void theCasesIncludeAHealthyOrganisationAndTheExecutiveExtremes() {
        List<Scenario> cases = cases();
        assertTrue(cases.stream().anyMatch(c -> Boolean.TRUE.equals(c.expect().startHereEmpty())
                && Integer.valueOf(0).equals(c.expect().highCap())), "a healthy organisation: no high finding, no forced start");
        List<Scenario> ceo = cases.stream().filter(c -> c.answers().questionnaire().equals("ceo")).toList();
        assertTrue(ceo.stream().anyMatch(c -> c.answers().all().stream().allMatch(a -> Boolean.FALSE.equals(a.value()))),
                "an all-no executive diagnostic");
        assertTrue(ceo.stream().anyMatch(c -> !c.answers().all().isEmpty() && c.answers().all().stream().allMatch(a -> a.dontKnow())),
                "an all-don't-know executive diagnostic");
    }

    private List<Scenario> cases() {
        Problems problems = new Problems();
        List<Scenario> cases = ScenarioLoader.load(ProjectFiles.KB.resolve("cases"), ruleBase, problems);
        assertEquals(List.of(), problems.list());
        return cases;
    }
}
