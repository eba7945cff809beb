package com.salesdx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.check.Scenario;
import com.salesdx.check.ScenarioLoader;
import com.salesdx.check.ScenarioRunner;
import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With Drools' beta-node sharing on, this rule fired with its derived fact read last and never with
 * it read first, because its first patterns joined a prefix other rules share before a `not`.
 * The rule base is built without beta sharing (RuleBaseBuilder.configuration); this keeps it so.
 */
class PatternOrderDoesNotChangeTheVerdictTest {
    private static final String SHIPPED = """
                Choice(question == "context.sales_motion", value == "complex_b2b")
                // An early-stage business gets its own, milder verdict below.
                not Choice(question == "context.business_maturity", value == "early_stage")
                // Read after the `not`: with the derived fact first the rule did not fire (Drools, engine of issue 6).
                Derived(name == "compensation.commission-only")
            """;
    private static final String DERIVED_FIRST = """
                Derived(name == "compensation.commission-only")
                Choice(question == "context.sales_motion", value == "complex_b2b")
                not Choice(question == "context.business_maturity", value == "early_stage")
            """;

    @TempDir
    Path temp;

    @Test
    void aRuleFiresWhateverTheOrderOfItsConditions() throws IOException {
        Path root = ProjectFiles.copyTo(temp);
        Path file = root.resolve("rules/compensation.drl");
        String text = Files.readString(file);
        assertTrue(text.contains(SHIPPED), "the rule this test reorders has changed; update the test");
        Files.writeString(file, text.replace(SHIPPED, DERIVED_FIRST));

        RuleBase ruleBase = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        Problems problems = new Problems();
        List<Scenario> scenarios = ScenarioLoader.load(root.resolve("knowledge-base/scenarios"), ruleBase, problems);
        Scenario scenario = scenarios.stream().filter(s -> s.file().endsWith("compensation-commission-only-complex-maturity-unknown.yaml"))
                .findFirst().orElseThrow();
        assertEquals(List.of(), ScenarioRunner.run(scenario, ruleBase).failures());
    }
}
