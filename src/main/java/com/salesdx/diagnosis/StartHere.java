package com.salesdx.diagnosis;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.InterventionRanker.Tally;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Scoring;
import com.salesdx.knowledge.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks "start here" from the ranked remedies: each pick must answer a finding of at least the
 * configured severity that no earlier pick answers, and the first round takes one remedy per pillar
 * with such findings, so three remedies of one pillar never hide another pillar's urgent problem.
 * Nothing is forced: with no finding that severe, there is no start.
 */
final class StartHere {
    private StartHere() {
    }

    static List<String> pick(Knowledge knowledge, List<Tally> ranked) {
        Scoring.StartHere rule = knowledge.scoring().startHere();
        int minSeverity = Severity.parse(rule.minSeverity()).orElseThrow().ordinal();
        Set<String> covered = new HashSet<>();
        Set<String> pillarsTaken = new HashSet<>();
        List<Tally> picked = new ArrayList<>();
        for (int round = 0; round < 2 && picked.size() < rule.count(); round++) {
            for (Tally tally : ranked) {
                if (picked.size() >= rule.count()) {
                    break;
                }
                if (picked.contains(tally)) {
                    continue;
                }
                List<FindingResult> open = new ArrayList<>();
                for (FindingResult f : tally.findings) {
                    if (severity(f) <= minSeverity && !covered.contains(f.id())) {
                        open.add(f);
                    }
                }
                if (open.isEmpty()) {
                    continue;
                }
                String pillar = open.stream().min((a, b) -> severity(a) - severity(b)).orElseThrow().pillar();
                if (round == 0 && pillarsTaken.contains(pillar)) {
                    continue;
                }
                picked.add(tally);
                pillarsTaken.add(pillar);
                open.forEach(f -> covered.add(f.id()));
            }
        }
        picked.sort(Tally.ORDER);
        // A pick that needs another recommended remedy first brings it along, just ahead of it; the
        // lowest picks that nothing waits for give way.
        List<Tally> ordered = new ArrayList<>();
        for (Tally tally : picked) {
            List<Tally> chain = new ArrayList<>();
            for (Tally before : ranked) {
                if (!ordered.contains(before) && isPrerequisiteChainOf(before, tally)) {
                    chain.add(before);
                }
            }
            ordered.addAll(chain);
            if (!ordered.contains(tally)) {
                ordered.add(tally);
            }
        }
        while (ordered.size() > rule.count()) {
            ordered.remove(lastDroppable(ordered));
        }
        return ordered.stream().map(t -> t.id).toList();
    }

    private static boolean isPrerequisiteChainOf(Tally tally, Tally dependent) {
        for (Tally next = tally.prerequisiteOf; next != null; next = next.prerequisiteOf) {
            if (next == dependent) {
                return true;
            }
        }
        return false;
    }

    /** The last remedy that no other start-here remedy waits for. */
    private static int lastDroppable(List<Tally> ordered) {
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Tally candidate = ordered.get(i);
            if (ordered.stream().noneMatch(t -> candidate.equals(t.prerequisiteOf) && t != candidate)) {
                return i;
            }
        }
        return ordered.size() - 1;
    }

    /** One line on why the first remedy is first, from the same facts that ranked it. */
    static String reason(Knowledge knowledge, List<Tally> ranked, List<String> startHere) {
        if (startHere.isEmpty()) {
            return ranked.isEmpty() ? "Nothing to fix: no finding fired."
                    : "Nothing urgent: no finding reaches " + knowledge.scoring().startHere().minSeverity()
                            + " severity, so there is no forced place to start.";
        }
        Tally first = ranked.stream().filter(t -> t.id.equals(startHere.get(0))).findFirst().orElseThrow();
        String title = knowledge.intervention(first.id).orElseThrow().title();
        FindingResult lead = first.findings.stream().min((a, b) -> severity(a) - severity(b)).orElseThrow();
        StringBuilder out = new StringBuilder("\u201c").append(title).append("\u201d comes first: ");
        if (first.prerequisiteOf != null && startHere.contains(first.prerequisiteOf.id)) {
            out.append("\u201c").append(knowledge.intervention(first.prerequisiteOf.id).orElseThrow().title())
                    .append("\u201d only works once it is in place. ");
            out.append("It answers ");
        } else {
            out.append("it answers ");
        }
        out.append(counts(first.findings)).append(" in ").append(pillars(knowledge, first.findings))
                .append(", led by \u201c").append(lead.title()).append("\u201d.");
        if (first.prerequisiteOf != null && startHere.contains(first.prerequisiteOf.id)) {
            return out.toString();
        }
        int at = ranked.indexOf(first);
        if (at + 1 < ranked.size()) {
            Tally next = ranked.get(at + 1);
            if (Math.abs(next.priority - first.priority) < 0.05) {
                String other = "\u201c" + knowledge.intervention(next.id).orElseThrow().title() + "\u201d";
                String why;
                if (first.mostSevere < next.mostSevere) {
                    why = "it answers a more severe finding";
                } else if (first.bestPosition < next.bestPosition) {
                    why = "the rules name it as the first remedy for its finding";
                } else if (first.rank < next.rank) {
                    why = "it acts further upstream";
                } else {
                    why = "the finding it answers is listed earlier";
                }
                out.append(' ').append(other).append(" carries the same weight; this one goes first because ").append(why).append('.');
            }
        }
        return out.toString();
    }

    private static String counts(List<FindingResult> findings) {
        int[] bySeverity = new int[Severity.values().length];
        findings.forEach(f -> bySeverity[severity(f)]++);
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            if (bySeverity[s.ordinal()] > 0) {
                parts.add(bySeverity[s.ordinal()] + " " + s);
            }
        }
        // "5 high, 11 medium and 1 low findings"
        String listed = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return listed + (findings.size() == 1 ? " finding" : " findings");
    }

    private static String pillars(Knowledge knowledge, List<FindingResult> findings) {
        Set<String> names = new LinkedHashSet<>();
        findings.forEach(f -> names.add(knowledge.pillar(f.pillar()).map(p -> p.name()).orElse(f.pillar())));
        return String.join(", ", names);
    }

    private static int severity(FindingResult finding) {
        return finding.severityLevel().ordinal();
    }
}
