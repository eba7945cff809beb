package com.salesdx.check;

import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.rules.RuleBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Runs scenarios against a rule base and explains each failure in terms of findings and pillars. */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    public static ScenarioResult run(Scenario scenario, RuleBase ruleBase) {
        Diagnosis diagnosis = Diagnoser.diagnose(ruleBase, scenario.answers());
        List<String> found = diagnosis.findings().stream().map(Diagnosis.FindingResult::id).toList();
        List<String> failures = new ArrayList<>();
        Expectation expect = scenario.expect();
        for (String id : expect.presentOrEmpty()) {
            if (!found.contains(id)) {
                failures.add("expected finding " + id + ", but it did not fire");
            }
        }
        for (String id : expect.absentOrEmpty()) {
            if (found.contains(id)) {
                failures.add("expected no finding " + id + ", but it fired (rule: "
                        + diagnosis.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().rules().get(0).name() + ")");
            }
        }
        if (expect.weakestPillar() != null && !Objects.equals(expect.weakestPillar(), diagnosis.weakestPillar())) {
            failures.add("expected weakest pillar " + expect.weakestPillar() + ", got " + diagnosis.weakestPillar()
                    + " " + scores(diagnosis));
        }
        for (String pillar : expect.notAssessedOrEmpty()) {
            diagnosis.pillars().stream().filter(p -> p.id().equals(pillar) && p.assessed()).findFirst()
                    .ifPresent(p -> failures.add("expected pillar " + pillar + " not assessed, but it scored " + p.score()));
        }
        if (expect.highCap() != null) {
            List<String> high = diagnosis.findings().stream().filter(f -> f.severity().equals("high")).map(f -> f.id()).toList();
            if (high.size() > expect.highCap()) {
                failures.add("expected at most " + expect.highCap() + " high-severity finding(s), got " + high.size() + ": " + high);
            }
        }
        Order.check(expect, diagnosis, failures);
        return new ScenarioResult(scenario, failures, found);
    }

    private static String scores(Diagnosis diagnosis) {
        StringBuilder out = new StringBuilder("(");
        diagnosis.pillars().forEach(p -> out.append(out.length() > 1 ? ", " : "").append(p.id()).append(' ')
                .append(p.assessed() ? p.score() : "n/a"));
        return out.append(')').toString();
    }
}
