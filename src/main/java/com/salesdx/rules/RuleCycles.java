package com.salesdx.rules;

import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds conclusions that depend on themselves. A rule concluding finding A that reads finding B,
 * while a rule concluding B reads A (directly or through other findings and derived facts), makes
 * the rules feed each other for ever: each insert re-triggers the other rule. Such a cycle is
 * reported at load, at the line where each rule of the cycle reads the next conclusion.
 */
final class RuleCycles {
    private record Edge(RuleDescription rule, String to, int line) {
    }

    private final Map<String, List<Edge>> edges = new LinkedHashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<Set<String>> cycles = new ArrayList<>();

    private RuleCycles(List<RuleDescription> rules) {
        for (RuleDescription rule : rules) {
            if (rule.id() == null) {
                continue;
            }
            String from = node(rule.kind() == RuleKind.FINDING ? Reference.Kind.FINDING : Reference.Kind.DERIVED, rule.id());
            List<Edge> out = edges.computeIfAbsent(from, k -> new ArrayList<>());
            for (Reference read : rule.reads()) {
                if (read.kind() == Reference.Kind.FINDING || read.kind() == Reference.Kind.DERIVED) {
                    out.add(new Edge(rule, node(read.kind(), read.id()), read.line()));
                }
            }
        }
    }

    static void check(List<RuleDescription> rules, Problems problems) {
        RuleCycles graph = new RuleCycles(rules);
        for (String node : graph.edges.keySet()) {
            if (!graph.index.containsKey(node)) {
                graph.connect(node);
            }
        }
        for (Set<String> cycle : graph.cycles) {
            graph.report(cycle, problems);
        }
    }

    private void report(Set<String> cycle, Problems problems) {
        List<Edge> inside = new ArrayList<>();
        for (String node : cycle) {
            for (Edge edge : edges.getOrDefault(node, List.of())) {
                // A finding rule reading its own finding is already reported by the validator.
                boolean ownFinding = edge.to().equals(node) && edge.rule().kind() == RuleKind.FINDING;
                if (cycle.contains(edge.to()) && !ownFinding) {
                    inside.add(edge);
                }
            }
        }
        String rules = inside.stream().map(e -> "\"" + e.rule().name() + "\" (" + e.rule().file() + ":" + e.line() + ")")
                .distinct().collect(Collectors.joining(", "));
        for (Edge edge : inside) {
            problems.add(new Problem(edge.rule().file(), edge.line(), 0, "rule \"" + edge.rule().name() + "\"",
                    "reads " + edge.to().replace(":", " ") + ", which depends on itself through the rules " + rules
                            + "; a conclusion that depends on itself makes the rules fire for ever: read the answers "
                            + "behind one of them instead"));
        }
    }

    /** Tarjan's strongly connected components: every component of two or more, or a self-loop, is a cycle. */
    private void connect(String node) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        boolean selfLoop = false;
        for (Edge edge : edges.getOrDefault(node, List.of())) {
            String next = edge.to();
            selfLoop |= next.equals(node);
            if (!index.containsKey(next)) {
                connect(next);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new java.util.LinkedHashSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1 || selfLoop) {
                cycles.add(component);
            }
        }
    }

    private static String node(Reference.Kind kind, String id) {
        return (kind == Reference.Kind.FINDING ? "finding:" : "derived fact:") + id;
    }
}
