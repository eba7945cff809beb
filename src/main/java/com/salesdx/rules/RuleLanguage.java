package com.salesdx.rules;

import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The rule language of this project, as an allow-list over the parsed DRL. A rule file is data a
 * domain expert edits, yet Drools would run any Java it holds (in {@code eval}, {@code from},
 * {@code accumulate}, functions, even in metadata values, which it evaluates while compiling), so a
 * file is compiled only when everything in it is on this list:
 * <ul>
 * <li>imports of com.salesdx.facts and the two conclusion functions, nothing else at package level;
 * <li>rules with metadata whose values are plain ids or one quoted text, and at most a whole-number
 * salience;
 * <li>conditions made of the fact patterns (each naming the question, fact or finding it reads),
 * combined with and, or, not, exists; inside a pattern only what {@link ConditionCheck} admits.
 * </ul>
 * Consequences are held to their one line by {@link DrlScanner}.
 */
final class RuleLanguage {
    static final List<String> IMPORTS = List.of("com.salesdx.facts.*");
    static final List<String> FUNCTIONS = List.of("com.salesdx.facts.Conclusions.finding",
            "com.salesdx.facts.Conclusions.derived");
    /** The field by which each pattern names what it reads; without it a pattern matches every fact of its type. */
    private static final Map<String, String> IDENTITY = Map.of("YesNo", "question", "Scale", "question",
            "Numeric", "question", "Choice", "question", "DontKnow", "question", "Gap", "question", "Derived", "name",
            "Finding", "id",
            "Threshold", "name");
    private static final Set<String> ATTRIBUTES = Set.of("salience");
    private static final String PLAIN_METADATA = "[a-z0-9_.,\\- ]+";
    private static final String QUOTED_METADATA = "\"[^\"\\\\]*\"";

    private final String file;
    private final Problems problems;
    private int found;

    private RuleLanguage(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reports everything in the file that is not on the list; true when there is nothing. */
    static boolean admits(PackageDescr pkg, String file, Problems problems) {
        RuleLanguage check = new RuleLanguage(file, problems);
        check.pkg(pkg);
        return check.found == 0;
    }

    private void pkg(PackageDescr pkg) {
        for (ImportDescr descr : pkg.getImports()) {
            if (!IMPORTS.contains(descr.getTarget()) && !isFactImport(descr.getTarget())) {
                fail(descr, 0, "import " + descr.getTarget(), "a rule file imports only com.salesdx.facts.* (the answers, "
                        + "derived facts and findings rules read)");
            }
        }
        for (FunctionImportDescr descr : pkg.getFunctionImports()) {
            if (!FUNCTIONS.contains(descr.getTarget())) {
                fail(descr, 0, "import function " + descr.getTarget(), "the only functions are " + String.join(" and ",
                        FUNCTIONS) + ", which build a rule's conclusion from its metadata");
            }
        }
        refuse(pkg.getFunctions(), "function", "a rule file defines no functions: a function is Java code run by the "
                + "server; a rule concludes with insert(finding(kcontext)) or insertLogical(derived(kcontext))");
        refuse(pkg.getGlobals(), "global", "a rule file declares no globals: rules read only the answers and facts of "
                + "the diagnosis they run in");
        refuse(pkg.getTypeDeclarations(), "declare", "a rule file declares no types: the facts rules read are "
                + "YesNo, Scale, Numeric, Choice, DontKnow, Gap, Derived and Finding");
        refuse(pkg.getEnumDeclarations(), "declare enum", "a rule file declares no types");
        refuse(pkg.getEntryPointDeclarations(), "declare entry-point", "a rule file declares no entry points");
        refuse(pkg.getWindowDeclarations(), "declare window", "a rule file declares no windows");
        refuse(pkg.getAccumulateImports(), "import accumulate", "a rule file imports no accumulate functions");
        refuse(pkg.getAttributes(), "package attribute", "attributes at the top of a file apply to every rule; "
                + "rules here take none (except a rare, explained salience on the rule itself)");
        if (pkg.getUnit() != null) {
            fail(pkg.getUnit(), 0, "unit", "rule units are not used; remove the unit line");
        }
        for (RuleDescr rule : pkg.getRules()) {
            rule(rule);
        }
    }

    private void rule(RuleDescr rule) {
        if (rule.isQuery()) {
            fail(rule, rule.getLine(), "query \"" + rule.getName() + "\"", "a rule file holds no queries, only rules");
            return;
        }
        String where = "rule \"" + rule.getName() + "\"";
        if (rule.getParentName() != null) {
            fail(rule, rule.getLine(), where, "extends " + rule.getParentName() + ": a rule does not extend another; "
                    + "derive a fact both rules read instead");
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            fail(rule, rule.getLine(), where, "named consequences (then[...]) are not used; a rule has one consequence");
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            attribute(rule, attribute, where);
        }
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            metadata(rule, annotation, where);
        }
        condition(rule.getLhs(), rule.getLine(), where);
    }

    private void attribute(RuleDescr rule, AttributeDescr attribute, String where) {
        if (!ATTRIBUTES.contains(attribute.getName())) {
            fail(attribute, rule.getLine(), where, "`" + attribute.getName() + "` is not allowed; the only rule attribute is "
                    + "salience, and even that is rare (derive a fact first, conclude from it second)");
        } else if (!String.valueOf(attribute.getValue()).trim().matches("-?\\d{1,6}")) {
            fail(attribute, rule.getLine(), where, "salience takes a whole number, e.g. salience 10, not "
                    + attribute.getValue());
        }
    }

    /** Drools evaluates a metadata value as an expression when it compiles the rule: only plain values pass. */
    private void metadata(RuleDescr rule, AnnotationDescr annotation, String where) {
        if (!annotation.getName().matches("[a-z]+")) {
            fail(annotation, rule.getLine(), where, "@" + annotation.getName() + " is not metadata this project reads");
            return;
        }
        for (Map.Entry<String, Object> value : annotation.getValueMap().entrySet()) {
            String text = String.valueOf(value.getValue()).trim();
            if (!value.getKey().equals("value") || !(text.matches(PLAIN_METADATA) || text.matches(QUOTED_METADATA))) {
                fail(annotation, rule.getLine(), where, "@" + annotation.getName() + "(" + value.getValue() + ") is not a "
                        + "plain value: write ids (lower case, digits, . _ -, separated by commas) or one text in "
                        + "double quotes without \\ or inner quotes");
            }
        }
    }

    private void condition(BaseDescr descr, int ruleLine, String where) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, ruleLine, where);
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
                condition(child, ruleLine, where);
            }
        } else if (descr instanceof EvalDescr) {
            fail(descr, ruleLine, where, "eval(...) runs arbitrary code; write the condition as a pattern, "
                    + "e.g. Numeric(question == \"...\", value < $limit)");
        } else if (descr instanceof ForallDescr) {
            fail(descr, ruleLine, where, "forall is not part of this rule language; use not and exists");
        } else {
            fail(descr, ruleLine, where, descr.getClass().getSimpleName().replace("Descr", "")
                    + " is not part of this rule language; conditions are patterns combined with and, or, not, exists");
        }
    }

    private void pattern(PatternDescr pattern, int ruleLine, String where) {
        String type = pattern.getObjectType();
        int line = pattern.getLine() > 0 ? pattern.getLine() : ruleLine;
        if (pattern.getSource() != null) {
            fail(pattern, line, where, source(pattern));
            return;
        }
        if (!ConditionCheck.FIELDS.containsKey(type)) {
            fail(pattern, line, where, type + "(...) is not a fact rules may read; patterns are "
                    + String.join(", ", new java.util.TreeSet<>(ConditionCheck.FIELDS.keySet()))
                    + (type.contains(".") ? " (by their short name)" : ""));
            return;
        }
        if (pattern.isQuery() || pattern.isUnification() || !pattern.getBehaviors().isEmpty()
                || !pattern.getAnnotations().isEmpty()) {
            fail(pattern, line, where, type + "(...) uses a Drools feature this rule language does not need "
                    + "(query call, unification, window or pattern annotation)");
        }
        boolean named = false;
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expr)) {
                fail(constraint, line, where, "unexpected " + constraint.getClass().getSimpleName() + " in " + type + "(...)");
                continue;
            }
            ConditionCheck.check(type, expr.getExpression()).ifPresent(message -> fail(constraint, line, where,
                    type + "(" + expr.getExpression() + "): " + message));
            named |= expr.getExpression().matches("\\s*" + IDENTITY.get(type) + "\\s*(==\\s*\"|in\\s*\\().*");
        }
        if (!named) {
            fail(pattern, line, where, type + "(...) must say what it reads, e.g. " + type + "(" + IDENTITY.get(type)
                    + " == \"...\", ...), first; without it the pattern matches every " + type + " fact");
        }
    }

    private static String source(PatternDescr pattern) {
        Object source = pattern.getSource();
        if (source instanceof FromDescr) {
            return "`from` runs the code after it; rules read only the answers and facts of the diagnosis";
        }
        if (source instanceof AccumulateDescr) {
            return "accumulate runs code (init, action, result, functions); count or combine through derived facts instead";
        }
        if (source instanceof CollectDescr) {
            return "collect is not part of this rule language; read the facts with patterns";
        }
        if (source instanceof EntryPointDescr) {
            return "entry points are not used: every fact is in the diagnosis's session";
        }
        return source.getClass().getSimpleName().replace("Descr", "") + " sources are not part of this rule language";
    }

    private static boolean isFactImport(String target) {
        return target.startsWith("com.salesdx.facts.") && ConditionCheck.FIELDS.containsKey(target.substring(18));
    }

    private void refuse(Collection<? extends BaseDescr> descrs, String what, String message) {
        for (BaseDescr descr : descrs) {
            fail(descr, 0, what, message);
        }
    }

    private void fail(BaseDescr descr, int fallbackLine, String field, String message) {
        found++;
        int line = descr.getLine() > 0 ? descr.getLine() : fallbackLine;
        problems.add(new Problem(file, Math.max(line, 0), 0, field, message));
    }
}
