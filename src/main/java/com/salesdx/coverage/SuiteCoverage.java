package com.salesdx.coverage;

import com.salesdx.answers.AnswerSet;
import com.salesdx.check.Scenario;
import com.salesdx.rules.RuleBase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Coverage of a rule base by the scenario and case suites, and by stored diagnoses' answers when given. */
public final class SuiteCoverage {
    private SuiteCoverage() {
    }

    /** @param stored the stored diagnoses' answers, or null to leave them out */
    public static Coverage of(RuleBase ruleBase, List<Scenario> suites, List<AnswerSet> stored) {
        Map<String, Integer> suiteFirings = RuleFirings.count(ruleBase, suites.stream().map(Scenario::answers).toList());
        Map<String, Integer> storedFirings = stored == null ? null : RuleFirings.count(ruleBase, stored);
        Set<String> expected = suites.stream().flatMap(s -> Stream.concat(s.expect().presentOrEmpty().stream(),
                s.expect().primaryOrEmpty().stream())).collect(Collectors.toSet());
        return Coverage.of(ruleBase, suites.size(), suiteFirings, stored == null ? null : stored.size(), storedFirings, expected);
    }
}
