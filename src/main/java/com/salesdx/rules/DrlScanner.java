package com.salesdx.rules;

import com.salesdx.knowledge.Severity;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Reads a DRL file's rules without compiling them: name, line, metadata and the questions,
 * derived facts and findings each rule's conditions mention.
 */
final class DrlScanner {
    static final Set<String> METADATA = Set.of("finding", "derives", "pillar", "severity", "interventions", "explain",
            "kind", "absence");
    static final String FINDING_CONSEQUENCE = "insert(finding(kcontext));";
    static final String DERIVED_CONSEQUENCE = "insertLogical(derived(kcontext));";

    private static final Set<String> ANSWER_TYPES = Set.of("YesNo", "Scale", "Numeric", "Choice", "DontKnow", "Gap");
    private static final Pattern EQUALS = Pattern.compile("\\b(question|name|id)\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern IN_LIST = Pattern.compile("\\b(question|name|id|value)\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern VALUE_EQUALS = Pattern.compile("\\bvalue\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern NUMBER_LITERAL = Pattern.compile("(?<![\\w$.])\\d+(\\.\\d+)?(?![\\w.])");

    private final String file;
    private final Problems problems;
    private boolean admitted;

    DrlScanner(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The file's rules, or empty when it does not parse (the problems say where). */
    Optional<List<RuleDescription>> scan(String text) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(Problem.inFile(file, "cannot parse: " + e.getMessage()));
            return Optional.empty();
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError pe ? pe.getRow() : firstLine(error.getLines());
                int column = error instanceof ParserError pe ? pe.getCol() + 1 : 0;
                problems.add(new Problem(file, line, column, "", ParserMessages.plain(error.getMessage(), text, line)));
            }
            return Optional.empty();
        }
        admitted = RuleLanguage.admits(pkg, file, problems);
        List<RuleDescription> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (!rule.isQuery()) {
                rules.add(describe(rule));
            }
        }
        findingPatterns(rules);
        return Optional.of(rules);
    }

    /**
     * Drools resolves the metadata name @finding as a type, which hides the Finding fact in the
     * whole file: a Finding(...) pattern there fails to compile with "Unable to resolve ObjectType".
     * Say so plainly, with the way round it.
     */
    private void findingPatterns(List<RuleDescription> rules) {
        if (rules.stream().noneMatch(r -> r.kind() == RuleKind.FINDING)) {
            return;
        }
        for (RuleDescription rule : rules) {
            for (Reference read : rule.reads()) {
                if (read.kind() == Reference.Kind.FINDING) {
                    problems.add(new Problem(file, read.line(), 0, "rule \"" + rule.name() + "\"", "Finding(id == \""
                            + read.id() + "\") cannot be read in a file that has @finding rules (Drools takes the metadata "
                            + "name for the type); build on a derived fact instead: @derives(...) where the finding's "
                            + "conditions hold, then Derived(name == \"...\"), or move the rule to a file of @derives rules"));
                }
            }
        }
    }

    /**
     * True when the file parsed and holds only what the rule language admits ({@link RuleLanguage}):
     * only then may it be compiled, since Drools runs some of a file's code while compiling it.
     */
    boolean admitted() {
        return admitted;
    }

    private RuleDescription describe(RuleDescr rule) {
        Map<String, String> meta = new TreeMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            String key = annotation.getName();
            if (!METADATA.contains(key)) {
                fail(rule, "unknown metadata @" + key + "; expected one of @" + String.join(", @", new java.util.TreeSet<>(METADATA)));
                continue;
            }
            Object value = annotation.getSingleValueStripped();
            meta.put(key, value == null ? "" : value.toString().trim());
        }
        RuleKind kind = kind(rule, meta);
        String id = kind == RuleKind.FINDING ? meta.get("finding") : meta.get("derives");
        List<String> interventions = meta.containsKey("interventions")
                ? Arrays.stream(meta.get("interventions").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : List.of();
        Severity severity = meta.containsKey("severity") ? Severity.parse(meta.get("severity")).orElse(null) : null;
        if (meta.containsKey("severity") && severity == null) {
            fail(rule, "@severity(" + meta.get("severity") + ") is not allowed; expected high, medium or low");
        }
        List<Reference> reads = new ArrayList<>();
        walk(rule.getLhs(), reads, false);
        checkConsequence(rule, kind);
        String findingKind = kind == RuleKind.FINDING ? meta.getOrDefault("kind", RuleDescription.PROBLEM) : null;
        if (meta.containsKey("kind") && !RuleDescription.KINDS.contains(meta.get("kind"))) {
            fail(rule, "@kind(" + meta.get("kind") + ") is not allowed; the kinds are @kind(visibility), for a finding about "
                    + "what nobody could say, and @kind(perception), for leaders and sellers answering differently");
        }
        List<String> absence = meta.containsKey("absence")
                ? Arrays.stream(meta.get("absence").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return new RuleDescription(rule.getName(), file, rule.getLine(), kind, id, meta.get("pillar"), severity,
                interventions, meta.get("explain"), List.copyOf(reads), findingKind, absence);
    }

    private RuleKind kind(RuleDescr rule, Map<String, String> meta) {
        boolean finding = meta.containsKey("finding");
        boolean derives = meta.containsKey("derives");
        if (finding == derives) {
            fail(rule, "needs exactly one of @finding(id) (it concludes a finding) or @derives(name) (it derives a fact)");
        }
        if (derives) {
            for (String key : List.of("pillar", "severity", "interventions", "explain")) {
                if (meta.containsKey(key)) {
                    fail(rule, "@" + key + " belongs on @finding rules; a @derives rule only names the fact it derives");
                }
            }
            return RuleKind.DERIVATION;
        }
        return RuleKind.FINDING;
    }

    private void checkConsequence(RuleDescr rule, RuleKind kind) {
        String consequence = String.valueOf(rule.getConsequence()).replaceAll("\\s+", "");
        String expected = kind == RuleKind.FINDING ? FINDING_CONSEQUENCE : DERIVED_CONSEQUENCE;
        if (!consequence.equals(expected)) {
            int line = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine();
            problems.add(new Problem(file, line, 0, "rule \"" + rule.getName() + "\"",
                    "the consequence must be exactly `" + expected + "` (what a rule concludes lives in its metadata)"));
        }
    }

    private void walk(BaseDescr descr, List<Reference> reads, boolean negated) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, reads, negated);
            if (pattern.getSource() instanceof AccumulateDescr acc && acc.getInputPattern() != null) {
                walk(acc.getInputPattern(), reads, negated);
            } else if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
                walk(collect.getInputPattern(), reads, negated);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            boolean inside = negated || descr instanceof NotDescr;
            for (BaseDescr child : element.getDescrs()) {
                walk(child, reads, inside);
            }
        }
    }

    private void pattern(PatternDescr pattern, List<Reference> reads, boolean negated) {
        String type = pattern.getObjectType().substring(pattern.getObjectType().lastIndexOf('.') + 1);
        int first = reads.size();
        List<String> questions = new ArrayList<>();
        List<String> choiceValues = new ArrayList<>();
        for (BaseDescr constraint : pattern.getDescrs()) {
            String expression = constraint instanceof ExprConstraintDescr expr ? expr.getExpression() : constraint.toString();
            Matcher equals = EQUALS.matcher(expression);
            while (equals.find()) {
                add(reads, type, equals.group(1), equals.group(2), pattern.getLine(), questions);
            }
            Matcher in = IN_LIST.matcher(expression);
            while (in.find()) {
                Matcher quoted = QUOTED.matcher(in.group(2));
                while (quoted.find()) {
                    if (in.group(1).equals("value")) {
                        choiceValues.add(quoted.group(1));
                    } else {
                        add(reads, type, in.group(1), quoted.group(1), pattern.getLine(), questions);
                    }
                }
            }
            Matcher value = VALUE_EQUALS.matcher(expression);
            while (value.find()) {
                choiceValues.add(value.group(1));
            }
        }
        if (type.equals("Choice")) {
            for (String question : questions) {
                for (String option : choiceValues) {
                    reads.add(new Reference(Reference.Kind.CHOICE_VALUE, type, option, question, pattern.getLine()));
                }
            }
        }
        if (type.equals("Numeric")) {
            numberLiterals(pattern);
        }
        for (int i = first; i < reads.size(); i++) {
            Reference r = reads.get(i);
            reads.set(i, new Reference(r.kind(), r.factType(), r.id(), r.question(), r.line(), negated));
        }
    }

    /** A figure written into a Numeric pattern cannot be tuned in one place or traced to a source. */
    private void numberLiterals(PatternDescr pattern) {
        for (BaseDescr constraint : pattern.getDescrs()) {
            String expression = constraint instanceof ExprConstraintDescr expr ? expr.getExpression() : constraint.toString();
            Matcher literal = NUMBER_LITERAL.matcher(QUOTED.matcher(expression).replaceAll("\"\""));
            if (literal.find()) {
                problems.add(new Problem(file, pattern.getLine(), 0, "Numeric(...)", "the threshold " + literal.group()
                        + " is written into the rule; put it in knowledge-base/thresholds.yaml with its source and read it with "
                        + "Threshold(name == \"...\", $limit : value), then compare value with $limit"));
            }
        }
    }

    private static void add(List<Reference> reads, String type, String field, String id, int line, List<String> questions) {
        if (field.equals("question") && ANSWER_TYPES.contains(type)) {
            reads.add(new Reference(Reference.Kind.QUESTION, type, id, id, line));
            questions.add(id);
        } else if (field.equals("name") && type.equals("Derived")) {
            reads.add(new Reference(Reference.Kind.DERIVED, type, id, null, line));
        } else if (field.equals("id") && type.equals("Finding")) {
            reads.add(new Reference(Reference.Kind.FINDING, type, id, null, line));
        } else if (field.equals("name") && type.equals("Threshold")) {
            reads.add(new Reference(Reference.Kind.THRESHOLD, type, id, null, line));
        }
    }

    private void fail(RuleDescr rule, String message) {
        problems.add(new Problem(file, rule.getLine(), 0, "rule \"" + rule.getName() + "\"", message));
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }
}
