package com.salesdx.rules;

import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.QuestionType;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the rules and the knowledge base agree: every question, option, intervention,
 * pillar, derived fact and finding a rule names exists, and answer types match question types.
 */
final class RuleValidator {
    private static final Map<String, QuestionType> FACT_TYPES = Map.of("YesNo", QuestionType.YES_NO,
            "Scale", QuestionType.SCALE, "Numeric", QuestionType.NUMBER, "Choice", QuestionType.CHOICE);

    private final Knowledge knowledge;
    private final Problems problems;

    RuleValidator(Knowledge knowledge, Problems problems) {
        this.knowledge = knowledge;
        this.problems = problems;
    }

    void validate(List<RuleDescription> rules) {
        Set<String> derived = new HashSet<>();
        Map<String, RuleDescription> findings = new HashMap<>();
        for (RuleDescription rule : rules) {
            if (rule.kind() == RuleKind.DERIVATION && rule.id() != null) {
                derived.add(rule.id());
            } else if (rule.kind() == RuleKind.FINDING && rule.id() != null) {
                RuleDescription first = findings.putIfAbsent(rule.id(), rule);
                if (first != null && first.pillar() != null && !first.pillar().equals(rule.pillar())) {
                    fail(rule, rule.line(), "finding \"" + rule.id() + "\" is in pillar " + first.pillar() + " at "
                            + first.location() + " but in " + rule.pillar() + " here; one finding has one pillar");
                }
            }
        }
        for (RuleDescription rule : rules) {
            if (rule.kind() == RuleKind.FINDING) {
                conclusion(rule);
            }
            for (Reference read : rule.reads()) {
                reference(rule, read, derived, findings.keySet());
            }
            absences(rule);
        }
        RuleCycles.check(rules, problems);
    }

    /**
     * A question read only under {@code not} lets the rule fire when nobody answered it, so its text
     * must not claim anything about it: the rule says so with @absence, and check holds it to that.
     */
    private void absences(RuleDescription rule) {
        Set<String> positive = new HashSet<>();
        Map<String, Integer> negativeOnly = new java.util.LinkedHashMap<>();
        for (Reference read : rule.reads()) {
            if (read.kind() == Reference.Kind.QUESTION && !read.negated()) {
                positive.add(read.id());
            }
        }
        for (Reference read : rule.reads()) {
            if (read.kind() == Reference.Kind.QUESTION && read.negated() && !positive.contains(read.id())) {
                negativeOnly.putIfAbsent(read.id(), read.line());
            }
        }
        negativeOnly.forEach((question, line) -> {
            if (!rule.absence().contains(question)) {
                fail(rule, line, "reads " + question + " only through `not`, so it also fires when nobody answered it; "
                        + "add @absence(" + question + ") and make sure the title and explanation claim nothing about it");
            }
        });
        for (String declared : rule.absence()) {
            if (!negativeOnly.containsKey(declared)) {
                fail(rule, rule.line(), "@absence names " + declared + ", which the rule does not read only through `not`; remove it");
            }
        }
    }

    private void conclusion(RuleDescription rule) {
        if (rule.id() == null || !rule.id().matches("[a-z][a-z0-9]*\\.[a-z0-9-]+")) {
            fail(rule, rule.line(), "@finding(" + rule.id() + ") needs an id like pillar.short-name, e.g. strategy.no-icp");
        }
        if (rule.pillar() == null || knowledge.pillar(rule.pillar()).isEmpty()) {
            fail(rule, rule.line(), "@pillar(" + rule.pillar() + ") must name a pillar: "
                    + String.join(", ", knowledge.pillars().stream().map(p -> p.id()).toList()));
        }
        if (rule.severity() == null) {
            fail(rule, rule.line(), "needs @severity(high|medium|low)");
        }
        if (rule.explanation() == null || rule.explanation().isBlank()) {
            fail(rule, rule.line(), "needs @explain(\"...\"): what is going on, in plain words a client understands");
        }
        if (rule.interventions().isEmpty()) {
            fail(rule, rule.line(), "needs @interventions(id, ...) naming at least one intervention");
        }
        for (String id : rule.interventions()) {
            if (knowledge.intervention(id).isEmpty()) {
                fail(rule, rule.line(), "@interventions names \"" + id + "\", which is not in interventions.yaml");
            }
        }
    }

    private void reference(RuleDescription rule, Reference read, Set<String> derived, Set<String> findings) {
        switch (read.kind()) {
            case QUESTION -> question(rule, read);
            case DERIVED -> {
                if (!derived.contains(read.id())) {
                    fail(rule, read.line(), "reads Derived(name == \"" + read.id() + "\") but no rule has @derives(" + read.id() + ")");
                }
            }
            case FINDING -> {
                if (read.id().equals(rule.id()) && rule.kind() == RuleKind.FINDING) {
                    fail(rule, read.line(), "reads the finding it concludes, so it would fire for ever; read the facts behind it instead");
                } else if (!findings.contains(read.id())) {
                    fail(rule, read.line(), "reads Finding(id == \"" + read.id() + "\") but no rule has @finding(" + read.id() + ")");
                }
            }
            case THRESHOLD -> {
                if (!knowledge.thresholds().containsKey(read.id())) {
                    fail(rule, read.line(), "reads Threshold(name == \"" + read.id() + "\"), which is not in knowledge-base/thresholds.yaml");
                }
            }
            case CHOICE_VALUE -> knowledge.question(read.question()).filter(q -> q.type() == QuestionType.CHOICE)
                    .filter(q -> q.option(read.id()).isEmpty())
                    .ifPresent(q -> fail(rule, read.line(), "\"" + read.id() + "\" is not an option of " + q.id() + "; options are "
                            + String.join(", ", q.options().stream().map(o -> o.value()).toList())));
        }
    }

    private void question(RuleDescription rule, Reference read) {
        QuestionDef question = knowledge.question(read.id()).orElse(null);
        if (question == null) {
            fail(rule, read.line(), "reads question \"" + read.id() + "\", which no questionnaire has");
            return;
        }
        QuestionType expected = FACT_TYPES.get(read.factType());
        if (expected != null && question.type() != expected) {
            String right = FACT_TYPES.entrySet().stream().filter(e -> e.getValue() == question.type())
                    .map(Map.Entry::getKey).findFirst().orElse("?");
            fail(rule, read.line(), read.factType() + "(question == \"" + read.id() + "\") cannot match: it is a "
                    + question.type() + " question; use " + right + "(...)");
        }
        if (!question.feeds().isEmpty()) {
            fail(rule, read.line(), "reads \"" + read.id() + "\", which only feeds other questions; read "
                    + String.join(" or ", question.feeds()) + " instead");
        }
    }

    private void fail(RuleDescription rule, int line, String message) {
        problems.add(new Problem(rule.file(), line, 0, "rule \"" + rule.name() + "\"", message));
    }
}
