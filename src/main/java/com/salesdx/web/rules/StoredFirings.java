package com.salesdx.web.rules;

import com.salesdx.answers.AnswerReader;
import com.salesdx.answers.AnswerSet;
import com.salesdx.coverage.RuleFirings;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.store.StoredAnswers;
import com.salesdx.store.StoredDiagnoses;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often each rule fired on the stored diagnoses, counted once per live rules version and kept up
 * to date by running only the diagnoses stored since: stored diagnoses are never changed or deleted,
 * so a row once counted stays counted until the rules change. Rerunning them all on every page view
 * took seconds with thousands stored. One update at a time; a request that arrives meanwhile waits
 * for it rather than doing the same work again.
 */
final class StoredFirings {
    record Counts(Map<String, Integer> firings, int runs) {
    }

    private final StoredDiagnoses source;
    private String version;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> firings = new TreeMap<>();
    private int runs;
    private long diagnosed;

    StoredFirings(StoredDiagnoses source) {
        this.source = source;
    }

    /** The counts for {@code ruleBase}, brought up to date with the diagnoses stored since the last call. */
    synchronized Counts with(RuleBase ruleBase) {
        if (!ruleBase.version().equals(version)) {
            version = ruleBase.version();
            seen.clear();
            firings.clear();
            runs = 0;
        }
        List<String> fresh = source.ids().stream().filter(id -> !seen.contains(id)).toList();
        for (int from = 0; from < fresh.size(); from += StoredDiagnoses.SLICE) {
            List<String> slice = fresh.subList(from, Math.min(fresh.size(), from + StoredDiagnoses.SLICE));
            List<AnswerSet> sets = readable(ruleBase, source.answersOf(slice));
            RuleFirings.count(ruleBase, sets).forEach((rule, n) -> firings.merge(rule, n, Integer::sum));
            runs += sets.size();
            diagnosed += sets.size();
            seen.addAll(slice);
        }
        return new Counts(Map.copyOf(firings), runs);
    }

    /** Stored diagnoses run so far, over every version: the work the cache exists to save. */
    synchronized long diagnosed() {
        return diagnosed;
    }

    /** Stored answers the live questionnaires still accept; the others cannot be run again and are left out. */
    @SuppressWarnings("unchecked")
    private static List<AnswerSet> readable(RuleBase ruleBase, List<StoredAnswers> rows) {
        List<AnswerSet> sets = new ArrayList<>();
        AnswerReader reader = new AnswerReader(ruleBase.knowledge());
        for (StoredAnswers row : rows) {
            Map<String, Object> form = JsonReport.read(row.answersJson(), Map.class);
            Problems problems = new Problems();
            reader.read(new YamlDocument("diagnosis " + row.id(), form, Map.of(), Map.of()), "", form, problems)
                    .filter(a -> problems.isEmpty()).ifPresent(sets::add);
        }
        return sets;
    }
}
