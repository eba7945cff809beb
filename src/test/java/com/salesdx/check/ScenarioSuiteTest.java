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

/** The domain experts' scenario suite, one JUnit test per scenario file. */
class ScenarioSuiteTest {
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPasses() {
        return scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            ScenarioResult result = ScenarioRunner.run(scenario, ruleBase);
            assertTrue(result.passed(), scenario.file() + ": " + String.join("; ", result.failures())
                    + " (fired: " + result.findings() + ")");
        }));
    }

    @Test
    void atLeastFifteenScenariosShipAndAllLoadWithoutProblems() {
        assertTrue(scenarios().size() >= 15, "scenarios: " + scenarios().size());
    }

    @Test
    void aHealthyScenarioAndAPartlyAnsweredScenarioAreAmongThem() {
        List<Scenario> scenarios = scenarios();
        assertTrue(scenarios.stream().anyMatch(s -> s.expect().maxHighSeverity() != null && s.expect().maxHighSeverity() == 0),
                "a scenario proves a healthy organisation gets no high-severity finding");
        assertTrue(scenarios.stream().anyMatch(s -> !s.expect().notAssessedOrEmpty().isEmpty()),
                "a scenario proves unanswered pillars are not assessed");
        assertTrue(scenarios.stream().anyMatch(s -> s.answers().questionnaire().equals("ceo")),
                "a scenario runs the CEO questionnaire");
    }

    private List<Scenario> scenarios() {
        Problems problems = new Problems();
        List<Scenario> scenarios = ScenarioLoader.load(ProjectFiles.KB.resolve("scenarios"), ruleBase, problems);
        assertEquals(List.of(), problems.list());
        return scenarios;
    }
}
