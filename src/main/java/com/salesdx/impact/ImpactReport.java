package com.salesdx.impact;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints an impact result for a person: the summary first, then what changed for each diagnosis. */
public final class ImpactReport {
    private ImpactReport() {
    }

    public static void print(Impact.Result result, PrintWriter out) {
        List<Change> changes = result.changes();
        out.printf(Locale.ROOT, "salesdx impact: live version %s -> candidate version %s%n", result.liveVersion(),
                result.candidateVersion());
        out.printf(Locale.ROOT, "Compared %,d stored diagnoses in %,d ms on %d threads (%,.0f diagnoses/s, each diagnosed twice); "
                + "with scenarios and cases %,d ms.%n%n", result.stored(), result.storedMillis(), result.threads(),
                result.stored() * 1000.0 / Math.max(1, result.storedMillis()), result.millis());
        out.println("SUMMARY");
        for (Subject.Kind kind : Subject.Kind.values()) {
            out.printf(Locale.ROOT, "  %-18s %,d of %,d changed%n", kind.plural + ":", result.changes(kind).size(),
                    result.compared(kind));
        }
        out.println("  findings added:    " + counted(changes, Change::added));
        out.println("  findings removed:  " + counted(changes, Change::removed));
        out.println("  pillar bands:      " + counted(changes, c -> c.pillars().stream().filter(Change.PillarChange::bandChanged)
                .map(p -> p.pillar() + " " + p.bandBefore() + " -> " + p.bandAfter()).toList()));
        out.println("  pillar scores:     " + counted(changes, c -> c.pillars().stream()
                .filter(p -> !java.util.Objects.equals(p.scoreBefore(), p.scoreAfter())).map(Change.PillarChange::pillar).toList()));
        out.printf(Locale.ROOT, "  start here:        changed in %,d%n", changes.stream().filter(c -> c.problem() == null && c.startHereChanged()).count());
        out.printf(Locale.ROOT, "  not compared:      %,d%n", changes.stream().filter(c -> c.problem() != null).count());
        for (Subject.Kind kind : List.of(Subject.Kind.SCENARIO, Subject.Kind.CASE)) {
            List<SuiteRegression> suite = result.suites().stream().filter(s -> s.kind() == kind).toList();
            out.printf(Locale.ROOT, "  %-18s %d pass with the candidate, %d fail, %d newly failing%n", kind.plural + ":",
                    suite.stream().filter(SuiteRegression::passedCandidate).count(),
                    suite.stream().filter(s -> !s.passedCandidate()).count(), suite.stream().filter(SuiteRegression::newlyFailing).count());
        }
        List<SuiteRegression> failing = result.newlyFailing();
        if (!failing.isEmpty()) {
            out.println();
            out.println("NEWLY FAILING (passed with the live knowledge, or new, and fail with the candidate)");
            for (SuiteRegression regression : failing) {
                out.printf("  FAIL  %s  (%s)%n", regression.name(), regression.file());
                regression.failures().forEach(f -> out.println("        " + f));
            }
        }
        out.println();
        out.println("CHANGES PER DIAGNOSIS");
        long shown = changes.stream().filter(Change::changed).peek(c -> change(c, out)).count();
        if (shown == 0) {
            out.println("  none: the candidate gives every diagnosis the same findings, scores, bands and start here");
        }
        out.flush();
    }

    private static void change(Change change, PrintWriter out) {
        Subject subject = change.subject();
        out.printf("  %s %s (%s)%n", subject.kind().noun, subject.id(), subject.label());
        if (change.problem() != null) {
            out.println("      not compared: " + change.problem());
            return;
        }
        if (!change.added().isEmpty()) {
            out.println("      + " + String.join(", ", change.added()));
        }
        if (!change.removed().isEmpty()) {
            out.println("      - " + String.join(", ", change.removed()));
        }
        for (Change.PillarChange pillar : change.pillars()) {
            out.printf("      %s: %s %s -> %s %s%n", pillar.pillar(), score(pillar.scoreBefore()), pillar.bandBefore(),
                    score(pillar.scoreAfter()), pillar.bandAfter());
        }
        if (change.startHereChanged()) {
            out.printf("      start here: %s -> %s%n", list(change.startHereBefore()), list(change.startHereAfter()));
        }
    }

    /** "a (12), b (3)": how many diagnoses each item touches, most first. */
    private static String counted(List<Change> changes, Function<Change, List<String>> items) {
        Map<String, Long> counts = changes.stream().flatMap(c -> items.apply(c).stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s (%,d)", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
    }

    private static String score(Integer score) {
        return score == null ? "-" : score.toString();
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "(nothing)" : String.join(", ", items);
    }
}
