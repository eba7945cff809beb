package com.salesdx.web.rules;

import com.salesdx.coverage.Coverage;
import com.salesdx.coverage.RuleFirings;
import com.salesdx.coverage.SuiteFiles;
import com.salesdx.coverage.SuiteInputs;
import com.salesdx.rules.RuleBase;
import com.salesdx.store.StoredDiagnoses;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the rules page shows: the live rules with what each reads, recommends and rests on, and how
 * often each fired on stored diagnoses and on the scenario, client and engagement case suites. Knows nothing of HTTP.
 * Stored diagnoses are run again with the live rules (a stored result names only finding rules), so
 * the counts describe the rules as they are now; both counts are kept per live version (suite counts
 * also per {@link SuiteFiles} fingerprint, since a new scenario does not change the version) and stored ones brought up to date with
 * new diagnoses, so a page view costs one query and the diagnoses stored since the last.
 */
public final class RulesService {
    private final Supplier<RuleBase> rules;
    private final Path kb;
    private final StoredFirings stored;
    private SuiteCounts suites;
    private long suiteRuns;

    private record SuiteCounts(String version, String files, int runs, Map<String, Integer> firings, Set<String> expected) {
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
        String files = SuiteFiles.fingerprint(kb);
        if (suites == null || !suites.version().equals(ruleBase.version()) || !suites.files().equals(files)) {
            SuiteInputs inputs = SuiteInputs.load(kb, ruleBase);
            suites = new SuiteCounts(ruleBase.version(), files, inputs.runs(), RuleFirings.countFacts(ruleBase, inputs.facts()),
                    inputs.expected());
            suiteRuns += inputs.runs();
        }
        return suites;
    }
}
