package com.salesdx.web.rules;

import com.salesdx.check.Scenario;
import com.salesdx.check.ScenarioLoader;
import com.salesdx.coverage.Coverage;
import com.salesdx.coverage.RuleFirings;
import com.salesdx.rules.RuleBase;
import com.salesdx.store.StoredDiagnoses;
import com.salesdx.yaml.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the rules page shows: the live rules with what each reads, recommends and rests on, and how
 * often each fired on stored diagnoses and on the scenario and case suites. Knows nothing of HTTP.
 * Stored diagnoses are run again with the live rules (a stored result names only finding rules), so
 * the counts describe the rules as they are now; both counts are kept per live version (the suites
 * belong to the knowledge base, so they change only with it) and stored ones brought up to date with
 * new diagnoses, so a page view costs one query and the diagnoses stored since the last.
 */
public final class RulesService {
    private final Supplier<RuleBase> rules;
    private final Path kb;
    private final StoredFirings stored;
    private SuiteCounts suites;
    private long suiteRuns;

    private record SuiteCounts(String version, int runs, Map<String, Integer> firings, Set<String> expected) {
    }

    /** {@code stored}: the diagnoses whose rule firings the page counts. */
    public RulesService(Supplier<RuleBase> rules, StoredDiagnoses stored, Path kb) {
        this.rules = rules;
        this.kb = kb;
        this.stored = new StoredFirings(stored);
    }

    public Coverage coverage() {
        RuleBase ruleBase = rules.get();
        SuiteCounts suite = suites(ruleBase);
        StoredFirings.Counts storedCounts = stored.with(ruleBase);
        return Coverage.of(ruleBase, suite.runs(), suite.firings(), storedCounts.runs(), storedCounts.firings(), suite.expected());
    }

    /** Answer sets run to count firings so far (suites and stored diagnoses): what a cached page view does not add to. */
    public synchronized long diagnosesRun() {
        return suiteRuns + stored.diagnosed();
    }

    private synchronized SuiteCounts suites(RuleBase ruleBase) {
        if (suites == null || !suites.version().equals(ruleBase.version())) {
            List<Scenario> loaded = new ArrayList<>();
            // A broken scenario file is check's business; the page shows what loads.
            loaded.addAll(ScenarioLoader.load(kb.resolve("scenarios"), ruleBase, new Problems()));
            loaded.addAll(ScenarioLoader.load(kb.resolve("cases"), ruleBase, new Problems()));
            Set<String> expected = loaded.stream().flatMap(s -> Stream.concat(s.expect().presentOrEmpty().stream(),
                    s.expect().primaryOrEmpty().stream())).collect(Collectors.toSet());
            suites = new SuiteCounts(ruleBase.version(), loaded.size(),
                    RuleFirings.count(ruleBase, loaded.stream().map(Scenario::answers).toList()), expected);
            suiteRuns += loaded.size();
        }
        return suites;
    }
}
