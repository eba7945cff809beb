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
    /** The rule reordered: the table's first pay-model row (row 10), read from its columns left to right. */
    private static final String ROW = "Compensation: commission-only pay in a complex multi-stakeholder sale rewards rushing the buyer";
    private static final int PAY_MODEL = 7;
    private static final int AFTER_MATURITY_IS_NOT = 12;

    @TempDir
    Path temp;

    @Test
    void aRuleFiresWhateverTheOrderOfItsConditions() throws IOException {
        Path root = ProjectFiles.copyTo(temp);
        Path table = root.resolve("rules/compensation-fit.csv");
        List<String> lines = Files.readAllLines(table);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(ROW)), "the rule this test reorders has changed; update the test");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Rule (") && l.contains(",Pay model,Sales motion,")),
                "the columns this test moves have changed; update the test");
        // The table's order is pay model, sales motion, `not` maturity; move the pay model after the `not`,
        // the order that once kept the rule from firing: sales motion, `not` maturity, pay model.
        List<String> moved = new java.util.ArrayList<>();
        for (String line : lines) {
            List<String> cells = new java.util.ArrayList<>(new org.drools.decisiontable.parser.csv.CsvLineParser().parse(line));
            if (cells.size() > AFTER_MATURITY_IS_NOT) {
                cells.add(AFTER_MATURITY_IS_NOT, cells.remove(PAY_MODEL));
            }
            moved.add(String.join(",", cells.stream().map(c -> c.contains(",") || c.contains("\"")
                    ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList()));
        }
        Files.write(table, moved);

        RuleBase ruleBase = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        List<String> order = ruleBase.rule(ROW).orElseThrow().reads().stream().filter(r -> r.kind() == com.salesdx.rules.Reference.Kind.QUESTION)
                .map(com.salesdx.rules.Reference::id).distinct().toList();
        assertEquals(List.of("context.sales_motion", "context.business_maturity", "compensation.model"), order);
        Problems problems = new Problems();
        List<Scenario> scenarios = ScenarioLoader.load(root.resolve("knowledge-base/scenarios"), ruleBase, problems);
        Scenario scenario = scenarios.stream().filter(s -> s.file().endsWith("compensation-commission-only-complex-maturity-unknown.yaml"))
                .findFirst().orElseThrow();
        assertEquals(List.of(), ScenarioRunner.run(scenario, ruleBase).failures());
    }
}
