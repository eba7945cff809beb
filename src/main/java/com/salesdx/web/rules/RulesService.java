package com.salesdx.web.rules;

import com.salesdx.answers.AnswerReader;
import com.salesdx.answers.AnswerSet;
import com.salesdx.check.Scenario;
import com.salesdx.check.ScenarioLoader;
import com.salesdx.coverage.Coverage;
import com.salesdx.coverage.SuiteCoverage;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.store.StoredAnswers;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the rules page shows: the live rules with what each reads, recommends and rests on, and how
 * often each fired on stored diagnoses and on the scenario and case suites. Knows nothing of HTTP.
 * Stored diagnoses are run again with the live rules (a stored result names only finding rules),
 * so the counts describe the rules as they are now.
 */
public final class RulesService {
    private final Supplier<RuleBase> rules;
    private final Supplier<List<StoredAnswers>> stored;
    private final Path kb;

    public RulesService(Supplier<RuleBase> rules, Supplier<List<StoredAnswers>> stored, Path kb) {
        this.rules = rules;
        this.stored = stored;
        this.kb = kb;
    }

    public Coverage coverage() {
        RuleBase ruleBase = rules.get();
        List<Scenario> suites = new ArrayList<>();
        // A broken scenario file is check's business; the page shows what loads.
        suites.addAll(ScenarioLoader.load(kb.resolve("scenarios"), ruleBase, new Problems()));
        suites.addAll(ScenarioLoader.load(kb.resolve("cases"), ruleBase, new Problems()));
        return SuiteCoverage.of(ruleBase, suites, storedAnswers(ruleBase));
    }

    /** Stored answers the live questionnaires still accept; the others cannot be run again and are left out. */
    @SuppressWarnings("unchecked")
    private List<AnswerSet> storedAnswers(RuleBase ruleBase) {
        List<AnswerSet> sets = new ArrayList<>();
        AnswerReader reader = new AnswerReader(ruleBase.knowledge());
        for (StoredAnswers row : stored.get()) {
            Map<String, Object> form = JsonReport.read(row.answersJson(), Map.class);
            Problems problems = new Problems();
            reader.read(new YamlDocument("diagnosis " + row.id(), form, Map.of(), Map.of()), "", form, problems)
                    .filter(a -> problems.isEmpty()).ifPresent(sets::add);
        }
        return sets;
    }
}
