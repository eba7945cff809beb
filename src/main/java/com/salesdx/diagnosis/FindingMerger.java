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
import com.salesdx.knowledge.Severity;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleDescription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several rules may conclude the same finding (two routes, two grains of question). They merge
 * into one: the most severe rule leads (title, explanation); rules, evidence and remedies add up.
 */
final class FindingMerger {
    private FindingMerger() {
    }

    static List<FindingResult> merge(List<Finding> fired, RuleBase ruleBase, AnswerSet answers) {
        // Most findings come from one rule: a group is that Finding, or a list once a second rule concludes it.
        Map<String, Object> byId = new HashMap<>(fired.size() * 2);
        for (Finding finding : fired) {
            Object seen = byId.putIfAbsent(finding.getId(), finding);
            if (seen instanceof Finding first) {
                List<Finding> group = new ArrayList<>(2);
                group.add(first);
                group.add(finding);
                byId.put(finding.getId(), group);
            } else if (seen != null) {
                @SuppressWarnings("unchecked")
                List<Finding> group = (List<Finding>) seen;
                group.add(finding);
            }
        }
        Knowledge knowledge = ruleBase.knowledge();
        Map<String, EvidenceAnswer> shown = new HashMap<>(); // one display per answer, however many findings cite it
        Keyed[] keyed = new Keyed[byId.size()];
        int count = 0;
        for (Map.Entry<String, Object> group : byId.entrySet()) {
            @SuppressWarnings("unchecked")
            FindingResult result = group.getValue() instanceof Finding single
                    ? single(group.getKey(), single, ruleBase, answers, shown)
                    : merge(group.getKey(), (List<Finding>) group.getValue(), ruleBase, answers, shown);
            RuleRef lead = result.rules().get(0);
            // severity, then perception gap, problem, blind spot, then upstream, then more evidence, in one number
            int key = severityOrder(result.severity()) << 21 | kindOrder(result) << 19
                    | Math.min(knowledge.upstreamRank(result.pillar()), 63) << 12 | Math.max(0, 4095 - result.evidence().size());
            keyed[count++] = new Keyed(key, lead.file(), lead.line(), result);
        }
        java.util.Arrays.sort(keyed);
        FindingResult[] results = new FindingResult[count];
        for (int i = 0; i < count; i++) {
            results[i] = keyed[i].result();
        }
        return List.of(results);
    }

    /**
     * The order a consultant reads findings in: most severe first; a problem before a blind spot of
     * the same severity; upstream pillars first; then the finding resting on more answers; then the
     * order the rule files give. A perception gap comes first among findings of its severity.
     */
    private record Keyed(int key, String file, int line, FindingResult result) implements Comparable<Keyed> {
        @Override
        public int compareTo(Keyed other) {
            if (key != other.key) {
                return Integer.compare(key, other.key);
            }
            int byFile = file.compareTo(other.file);
            if (byFile != 0) {
                return byFile;
            }
            return line != other.line ? Integer.compare(line, other.line) : result.id().compareTo(other.result.id());
        }
    }

    private static FindingResult merge(String id, List<Finding> findings, RuleBase ruleBase, AnswerSet answers,
            Map<String, EvidenceAnswer> shown) {
        // Rules fire in no fixed order, and the two branches of a rule's `or` fire as one rule name:
        // sort by rule, then by the answers matched, so a merged finding's evidence always reads the same.
        findings.sort(Comparator.comparing(Finding::getRule).thenComparing(FindingMerger::byAnswers));
        List<RuleDescription> rules = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            RuleDescription rule = ruleBase.rule(finding.getRule()).orElseThrow();
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        if (rules.size() > 1) {
            rules.sort(Comparator.comparing((RuleDescription r) -> r.severity().ordinal()).thenComparing(RuleDescription::file)
                    .thenComparingInt(RuleDescription::line));
        }
        RuleDescription lead = rules.get(0);
        List<String> interventions = new ArrayList<>(4); // a handful: a list scan beats hashing
        for (RuleDescription rule : rules) {
            for (String intervention : rule.interventions()) {
                if (!interventions.contains(intervention)) {
                    interventions.add(intervention);
                }
            }
        }
        Map<String, EvidenceAnswer> evidence = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (Answer answer : finding.getEvidence()) {
                evidence.putIfAbsent(answer.getAnsweredAs(), shown(answer, ruleBase.knowledge(), answers, shown));
            }
        }
        return new FindingResult(id, lead.pillar(), lead.severity().toString(), lead.findingKind(), lead.name(), lead.explanation(),
                List.copyOf(interventions), rules.stream().map(r -> new RuleRef(r.name(), r.file(), r.line())).toList(),
                List.copyOf(evidence.values()));
    }

    private static int byAnswers(Finding a, Finding b) {
        List<Answer> left = a.getEvidence();
        List<Answer> right = b.getEvidence();
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = left.get(i).getAnsweredAs().compareTo(right.get(i).getAnsweredAs());
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /** The common case, one rule behind the finding: no merging to do. */
    private static FindingResult single(String id, Finding finding, RuleBase ruleBase, AnswerSet answers,
            Map<String, EvidenceAnswer> shown) {
        RuleDescription rule = ruleBase.rule(finding.getRule()).orElseThrow();
        List<Answer> cited = finding.getEvidence();
        List<EvidenceAnswer> evidence = new ArrayList<>(cited.size());
        for (Answer answer : cited) {
            EvidenceAnswer e = shown(answer, ruleBase.knowledge(), answers, shown);
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }
        return new FindingResult(id, rule.pillar(), rule.severity().toString(), rule.findingKind(), rule.name(), rule.explanation(),
                rule.interventions(), List.of(new RuleRef(rule.name(), rule.file(), rule.line())), evidence);
    }

    /** The answer as shown, built once per diagnosis however many findings cite it. */
    private static EvidenceAnswer shown(Answer answer, Knowledge knowledge, AnswerSet answers, Map<String, EvidenceAnswer> shown) {
        EvidenceAnswer e = shown.get(answer.getAnsweredAs());
        if (e == null) {
            e = evidence(knowledge, answer, answers);
            shown.put(answer.getAnsweredAs(), e);
        }
        return e;
    }

    private static EvidenceAnswer evidence(Knowledge knowledge, Answer answer, AnswerSet answers) {
        // A fact made from an answer carries it; a perception gap is looked up.
        QuestionDef question = answer.askedQuestion() != null ? answer.askedQuestion()
                : knowledge.questions().get(answer.getAnsweredAs());
        GivenAnswer given = answer.askedQuestion() != null ? answer.givenAnswer() : answers.answers().get(question.id());
        String shown = given == null || given.dontKnow() ? "don't know" : question.display(given.value());
        return new EvidenceAnswer(question.id(), question.text(), shown, given == null ? null : given.note());
    }

    /**
     * Leaders and sellers disagreeing is among the most telling signals an engagement gives, so a
     * perception gap leads the findings of its severity; a blind spot follows the problems.
     */
    private static int kindOrder(FindingResult result) {
        return RuleDescription.PERCEPTION.equals(result.kind()) ? 0 : result.visibility() ? 2 : 1;
    }

    static int severityOrder(String severity) {
        return Severity.of(severity).ordinal();
    }
}
