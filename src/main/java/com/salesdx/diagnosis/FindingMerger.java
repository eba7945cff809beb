package com.salesdx.diagnosis;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.RuleRef;
import com.salesdx.facts.Answer;
import com.salesdx.facts.Finding;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleDescription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several rules may conclude the same finding (two routes, two grains of question). They merge
 * into one: the most severe rule leads (title, explanation); rules, evidence and remedies add up.
 */
final class FindingMerger {
    private FindingMerger() {
    }

    static List<FindingResult> merge(List<Finding> fired, RuleBase ruleBase, AnswerSet answers) {
        Map<String, List<Finding>> byId = new LinkedHashMap<>();
        for (Finding finding : fired) {
            byId.computeIfAbsent(finding.getId(), id -> new ArrayList<>()).add(finding);
        }
        Knowledge knowledge = ruleBase.knowledge();
        List<FindingResult> results = new ArrayList<>();
        byId.forEach((id, findings) -> results.add(merge(id, findings, ruleBase, answers)));
        results.sort(Comparator.comparing((FindingResult f) -> severityOrder(f.severity()))
                .thenComparingInt(f -> knowledge.upstreamRank(f.pillar()))
                .thenComparing(FindingResult::id));
        return results;
    }

    private static FindingResult merge(String id, List<Finding> findings, RuleBase ruleBase, AnswerSet answers) {
        List<RuleDescription> rules = findings.stream().map(f -> ruleBase.rule(f.getRule()).orElseThrow())
                .distinct()
                .sorted(Comparator.comparing((RuleDescription r) -> r.severity().ordinal()).thenComparing(RuleDescription::file)
                        .thenComparingInt(RuleDescription::line))
                .toList();
        RuleDescription lead = rules.get(0);
        Set<String> interventions = new LinkedHashSet<>();
        rules.forEach(r -> interventions.addAll(r.interventions()));
        Map<String, EvidenceAnswer> evidence = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (Answer answer : finding.getEvidence()) {
                evidence.computeIfAbsent(answer.getAnsweredAs(), q -> evidence(ruleBase.knowledge(), answer, answers));
            }
        }
        return new FindingResult(id, lead.pillar(), lead.severity().toString(), lead.name(), lead.explanation(),
                List.copyOf(interventions), rules.stream().map(r -> new RuleRef(r.name(), r.file(), r.line())).toList(),
                List.copyOf(evidence.values()));
    }

    private static EvidenceAnswer evidence(Knowledge knowledge, Answer answer, AnswerSet answers) {
        QuestionDef question = knowledge.question(answer.getAnsweredAs()).orElseThrow();
        GivenAnswer given = answers.answer(question.id()).orElse(null);
        String shown = given == null || given.dontKnow() ? "don't know" : question.display(given.value());
        return new EvidenceAnswer(question.id(), question.text(), shown, given == null ? null : given.note());
    }

    static int severityOrder(String severity) {
        return switch (severity) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }
}
