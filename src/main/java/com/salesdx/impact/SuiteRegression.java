package com.salesdx.impact;

import com.salesdx.check.Scenario;
import com.salesdx.check.ScenarioResult;
import com.salesdx.check.ScenarioRunner;
import com.salesdx.rules.RuleBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each scenario and client case checked with the live and the candidate knowledge. A candidate
 * breaks the suite when something that passed now fails; a new scenario that fails counts too,
 * since it never passed with the candidate it was written for.
 */
public record SuiteRegression(Subject.Kind kind, String file, String name, Boolean passedLive, boolean passedCandidate,
        List<String> failures) {

    public boolean newlyFailing() {
        return !passedCandidate && (passedLive == null || passedLive);
    }

    static List<SuiteRegression> check(Subject.Kind kind, List<Scenario> live, List<Scenario> candidate, RuleBase liveRules,
            RuleBase candidateRules) {
        Map<String, Scenario> before = new LinkedHashMap<>();
        live.forEach(s -> before.put(key(s), s));
        List<SuiteRegression> results = new ArrayList<>();
        for (Scenario scenario : candidate) {
            Scenario was = before.get(key(scenario));
            Boolean passedLive = was == null ? null : run(was, liveRules).passed();
            ScenarioResult now = run(scenario, candidateRules);
            results.add(new SuiteRegression(kind, scenario.file(), scenario.name(), passedLive, now.passed(), now.failures()));
        }
        return results;
    }

    /** Scenarios are matched by file name: the candidate's folder may live anywhere. */
    static String key(Scenario scenario) {
        return Path.of(scenario.file()).getFileName().toString();
    }

    private static ScenarioResult run(Scenario scenario, RuleBase rules) {
        try {
            return ScenarioRunner.run(scenario, rules);
        } catch (RuntimeException | StackOverflowError e) {
            return new ScenarioResult(scenario, List.of("the rules did not run to the end: " + e.getMessage()), List.of());
        }
    }
}
