package com.salesdx.coverage;

import com.salesdx.check.Scenario;
import com.salesdx.check.ScenarioLoader;
import com.salesdx.engagement.EngagementCases;
import com.salesdx.engagement.EngagementDiagnoser;
import com.salesdx.facts.Answer;
import com.salesdx.rules.RuleBase;
import com.salesdx.yaml.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the suites give the rules: one list of facts per scenario, client case and engagement case
 * (an engagement's combined answers plus its perception gaps, as its diagnosis sees them), and the
 * findings they expect. Coverage counts firings on these, so it sees every suite `check` runs.
 */
public record SuiteInputs(List<List<Answer>> facts, Set<String> expected) {
    /** The knowledge base's sub-folders that hold suites, read by {@link #load}. */
    public static final List<String> FOLDERS = List.of("scenarios", "cases", "engagements");

    public static SuiteInputs of(RuleBase ruleBase, List<Scenario> scenarios, List<EngagementCases.Case> engagements) {
        List<List<Answer>> facts = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (Scenario scenario : scenarios) {
            facts.add(com.salesdx.diagnosis.Diagnoser.facts(ruleBase, scenario.answers()));
            expected.addAll(scenario.expect().presentOrEmpty());
            expected.addAll(scenario.expect().primaryOrEmpty());
        }
        for (EngagementCases.Case c : engagements) {
            try {
                facts.add(EngagementDiagnoser.facts(ruleBase, c.engagement()));
            } catch (RuntimeException e) {
                continue; // a case the rules cannot run is reported by check, not counted
            }
            if (c.expect().present() != null) {
                expected.addAll(c.expect().present());
            }
        }
        return new SuiteInputs(List.copyOf(facts), Set.copyOf(expected));
    }

    /** Every suite under {@code kb} that loads; a broken file is check's business, not the counts'. */
    public static SuiteInputs load(Path kb, RuleBase ruleBase) {
        List<Scenario> scenarios = new ArrayList<>(ScenarioLoader.load(kb.resolve("scenarios"), ruleBase, new Problems()));
        scenarios.addAll(ScenarioLoader.load(kb.resolve("cases"), ruleBase, new Problems()));
        return of(ruleBase, scenarios, EngagementCases.load(kb.resolve("engagements"), ruleBase, new Problems()));
    }

    public int runs() {
        return facts.size();
    }
}
