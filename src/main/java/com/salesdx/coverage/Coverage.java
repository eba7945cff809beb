package com.salesdx.coverage;

import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.ThresholdDef;
import com.salesdx.rules.Reference;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleDescription;
import com.salesdx.rules.RuleKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the rules use and how often they fire: each rule with its pillar, the questions it reads, the
 * interventions it recommends, where its thresholds come from and how often it fired on the scenario
 * and case suites (and on stored diagnoses when given); and, apart, what is never used.
 */
public record Coverage(String version, int suiteRuns, Integer storedRuns, List<RuleUse> rules, List<String> neverFiring,
        List<String> unreadQuestions, List<String> unrecommendedInterventions, List<String> findingsWithoutScenario) {

    public record RuleUse(String name, String file, int line, String kind, String id, String pillar, List<String> questions,
            List<String> interventions, List<ThresholdUse> thresholds, int firedOnSuites, Integer firedOnStored) {
    }

    public record ThresholdUse(String id, Double value, String unit, String source) {
    }

    /**
     * @param suiteFirings rule name to scenarios and cases it fired on; {@code storedFirings} likewise for stored
     *        diagnoses, or null when none were looked at
     * @param expectedFindings finding ids some scenario or case expects present
     */
    public static Coverage of(RuleBase ruleBase, int suiteRuns, Map<String, Integer> suiteFirings, Integer storedRuns,
            Map<String, Integer> storedFirings, Set<String> expectedFindings) {
        Knowledge knowledge = ruleBase.knowledge();
        List<RuleDescription> described = ruleBase.rules().values().stream()
                .sorted(Comparator.comparing(RuleDescription::file).thenComparingInt(RuleDescription::line)).toList();
        List<RuleUse> rules = described.stream().map(r -> use(r, knowledge, suiteFirings,
                storedFirings)).toList();
        List<String> neverFiring = rules.stream().filter(r -> r.firedOnSuites() == 0
                && (r.firedOnStored() == null || r.firedOnStored() == 0)).map(RuleUse::name).toList();
        Set<String> read = rules.stream().flatMap(r -> r.questions().stream()).collect(Collectors.toSet());
        List<String> unread = knowledge.questions().values().stream()
                // A question that feeds others (the executive's) is read through the ones it feeds.
                .filter(q -> !read.contains(q.id()) && q.feeds().stream().noneMatch(read::contains))
                .map(QuestionDef::id).sorted().toList();
        Set<String> recommended = rules.stream().flatMap(r -> r.interventions().stream()).collect(Collectors.toSet());
        List<String> unrecommended = knowledge.interventions().keySet().stream().filter(id -> !recommended.contains(id))
                .sorted().toList();
        List<String> withoutScenario = described.stream().filter(r -> r.kind() == RuleKind.FINDING).map(RuleDescription::id)
                .filter(id -> !expectedFindings.contains(id)).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        return new Coverage(ruleBase.version(), suiteRuns, storedRuns, rules, neverFiring, unread, unrecommended, withoutScenario);
    }

    private static RuleUse use(RuleDescription rule, Knowledge knowledge, Map<String, Integer> suite, Map<String, Integer> stored) {
        List<String> questions = rule.reads().stream().filter(r -> r.kind() == Reference.Kind.QUESTION).map(Reference::id)
                .distinct().toList();
        List<ThresholdUse> thresholds = rule.reads().stream().filter(r -> r.kind() == Reference.Kind.THRESHOLD)
                .map(Reference::id).distinct().map(id -> {
                    ThresholdDef def = knowledge.thresholds().get(id);
                    return def == null ? new ThresholdUse(id, null, null, null)
                            : new ThresholdUse(id, def.value(), def.unit(), def.practitionerDefault() ? def.source() + ": " + def.why() : def.source());
                }).toList();
        return new RuleUse(rule.name(), rule.file(), rule.line(), rule.kind() == RuleKind.FINDING ? "finding" : "derives",
                rule.id(), rule.pillar(), questions, rule.interventions(), thresholds, suite.getOrDefault(rule.name(), 0),
                stored == null ? null : stored.getOrDefault(rule.name(), 0));
    }
}
