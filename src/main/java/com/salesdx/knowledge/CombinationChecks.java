package com.salesdx.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates combination.yaml against itself and the questions and pillars; every problem at its line. */
final class CombinationChecks {
    /** The methods each question type can combine with; the first is what the shipped file uses. */
    private static final Map<String, List<String>> METHODS = Map.of("yes_no", List.of("majority"),
            "scale", List.of("median", "most_frequent"), "number", List.of("median", "mean"),
            "choice", List.of("most_frequent"));
    private static final List<String> TIES = List.of("unhealthy", "healthy", "dont_know");

    private final FieldChecks check;

    CombinationChecks(FieldChecks check) {
        this.check = check;
    }

    boolean valid(Combination c, Map<String, Pillar> pillars, Map<String, QuestionDef> questions) {
        int before = problemsBefore();
        Set<String> roles = roles(c.roles());
        types(c.byType());
        if (!List.of(Combination.DONT_KNOW_MAJORITY, Combination.DONT_KNOW_ONLY_WHEN_NOBODY_KNOWS).contains(c.dontKnow())) {
            check.fail("/dont_know", "expected majority or only_when_nobody_knows, not " + c.dontKnow());
        }
        List<Combination.Witness> witnesses = c.witnesses() == null ? List.of() : c.witnesses();
        for (int i = 0; i < witnesses.size(); i++) {
            witness(witnesses.get(i), "/witnesses/" + i, roles, pillars, questions);
        }
        perception(c.perception(), roles);
        return problemsBefore() == before;
    }

    private Set<String> roles(List<Combination.RoleDef> defs) {
        Set<String> roles = new java.util.LinkedHashSet<>();
        if (!check.list(defs, "/roles", 2)) {
            return roles;
        }
        for (int i = 0; i < defs.size(); i++) {
            Combination.RoleDef role = defs.get(i);
            String at = "/roles/" + i;
            if (check.matches(role.id(), java.util.regex.Pattern.compile("[a-z][a-z_]*"), at + "/id", "snake_case, e.g. sales_leader")
                    && !roles.add(role.id())) {
                check.fail(at + "/id", "duplicate role \"" + role.id() + "\"");
            }
            check.text(role.label(), at + "/label");
            if (role.weight() == null || role.weight() < 0) {
                check.fail(at + "/weight", "needs a weight of 0 or more (1 counts one answer once)");
            }
        }
        return roles;
    }

    private void types(Map<String, Combination.TypeRule> byType) {
        if (byType == null) {
            check.fail("/by_type", "needs a method for each of " + String.join(", ", METHODS.keySet()));
            return;
        }
        for (String type : List.of("yes_no", "scale", "number", "choice")) {
            Combination.TypeRule rule = byType.get(type);
            if (rule == null) {
                check.fail("/by_type", "needs `" + type + ": {method: " + METHODS.get(type).get(0) + ", tie: unhealthy}`");
            } else if (!METHODS.get(type).contains(rule.method())) {
                check.fail("/by_type/" + type + "/method", type + " answers combine by " + String.join(" or ",
                        METHODS.get(type)) + ", not " + rule.method());
            } else if (!TIES.contains(rule.tie())) {
                check.fail("/by_type/" + type + "/tie", "expected one of " + String.join(", ", TIES) + ", not " + rule.tie());
            }
        }
        byType.keySet().stream().filter(k -> !METHODS.containsKey(k)).forEach(k -> check.fail("/by_type/" + k,
                "unknown question type \"" + k + "\"; expected yes_no, scale, number, choice"));
    }

    private void witness(Combination.Witness w, String at, Set<String> roles, Map<String, Pillar> pillars,
            Map<String, QuestionDef> questions) {
        if (check.list(w.about(), at + "/about", 1)) {
            for (int i = 0; i < w.about().size(); i++) {
                String id = w.about().get(i);
                if (!pillars.containsKey(id) && !questions.containsKey(id)) {
                    check.fail(at + "/about/" + i, "\"" + id + "\" is neither a pillar nor a question id");
                }
            }
        }
        if (w.weights() == null || w.weights().isEmpty()) {
            check.fail(at + "/weights", "needs at least one role with a weight, e.g. {seller: 2}");
        } else {
            w.weights().forEach((role, weight) -> {
                if (!roles.contains(role)) {
                    check.fail(at + "/weights/" + role, "unknown role \"" + role + "\"; expected one of " + String.join(", ", roles));
                } else if (weight == null || weight <= 0) {
                    check.fail(at + "/weights/" + role, "a witness weight is above 0; leave a role out to not count it");
                }
            });
        }
        check.text(w.why(), at + "/why");
    }

    private void perception(Combination.Perception p, Set<String> roles) {
        if (p == null) {
            check.fail("/perception", "needs leaders, sellers and min_per_side");
            return;
        }
        for (String side : List.of("leaders", "sellers")) {
            List<String> members = side.equals("leaders") ? p.leaders() : p.sellers();
            if (check.list(members, "/perception/" + side, 1)) {
                for (int i = 0; i < members.size(); i++) {
                    if (!roles.contains(members.get(i))) {
                        check.fail("/perception/" + side + "/" + i, "unknown role \"" + members.get(i) + "\"");
                    }
                }
            }
        }
        if (p.leaders() != null && p.sellers() != null && p.leaders().stream().anyMatch(p.sellers()::contains)) {
            check.fail("/perception", "a role cannot be on both sides");
        }
        if (p.minPerSide() == null || p.minPerSide() < 1) {
            check.fail("/perception/min_per_side", "needs a whole number of 1 or more");
        }
    }

    private int problemsBefore() {
        return check.problemCount();
    }
}
