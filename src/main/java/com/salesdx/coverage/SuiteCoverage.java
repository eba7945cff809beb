package com.salesdx.coverage;

import com.salesdx.answers.AnswerSet;
import com.salesdx.rules.RuleBase;
import java.util.List;
import java.util.Map;

/** Coverage of a rule base by the scenario, case and engagement suites, and by stored diagnoses' answers when given. */
public final class SuiteCoverage {
    private SuiteCoverage() {
    }

    /** @param stored the stored diagnoses' answers, or null to leave them out */
    public static Coverage of(RuleBase ruleBase, SuiteInputs suites, List<AnswerSet> stored) {
        Map<String, Integer> suiteFirings = RuleFirings.countFacts(ruleBase, suites.facts());
        Map<String, Integer> storedFirings = stored == null ? null : RuleFirings.count(ruleBase, stored);
        return Coverage.of(ruleBase, suites.runs(), suiteFirings, stored == null ? null : stored.size(), storedFirings,
                suites.expected());
    }
}
