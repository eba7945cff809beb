package com.salesdx.web.impact;

import com.salesdx.impact.Change;
import com.salesdx.impact.Impact;
import com.salesdx.impact.Subject;
import com.salesdx.impact.SuiteRegression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An impact result as the rules page and its JSON show it: the summary first (what changed how
 * often), then each diagnosis that changed. The details stop at {@link #MAX_DETAILS}: past that a
 * page is no longer read, and {@code salesdx impact} prints them all.
 */
public record ImpactSummary(String liveVersion, String candidateVersion, List<KindCount> compared, List<Count> findingsAdded,
        List<Count> findingsRemoved, List<Count> bandChanges, List<Count> scoreChanges, long startHereChanged, long notCompared,
        List<SuiteCount> suites, List<Failing> newlyFailing, long millis, List<Detail> details, int detailsLeftOut) {

    static final int MAX_DETAILS = 500;

    public record KindCount(String kind, long changed, long of) {
    }

    /** One item (a finding, a band move, a pillar) and in how many diagnoses it happened. */
    public record Count(String item, long diagnoses) {
    }

    public record SuiteCount(String kind, long pass, long fail, long newlyFailing) {
    }

    public record Failing(String kind, String name, String file, List<String> failures) {
    }

    public record Detail(String kind, String id, String label, List<String> added, List<String> removed, List<String> pillars,
            List<String> startHereBefore, List<String> startHereAfter, boolean startHereChanged, String problem) {
    }

    public static ImpactSummary of(Impact.Result result) {
        List<Change> changes = result.changes();
        List<KindCount> compared = new ArrayList<>();
        for (Subject.Kind kind : Subject.Kind.values()) {
            compared.add(new KindCount(kind.plural(), result.changes(kind).size(), result.compared(kind)));
        }
        List<SuiteCount> suites = new ArrayList<>();
        for (Subject.Kind kind : List.of(Subject.Kind.SCENARIO, Subject.Kind.CASE)) {
            List<SuiteRegression> suite = result.suites().stream().filter(s -> s.kind() == kind).toList();
            suites.add(new SuiteCount(kind.plural(), suite.stream().filter(SuiteRegression::passedCandidate).count(),
                    suite.stream().filter(s -> !s.passedCandidate()).count(), suite.stream().filter(SuiteRegression::newlyFailing).count()));
        }
        List<Failing> failing = result.newlyFailing().stream()
                .map(s -> new Failing(s.kind().noun(), s.name(), s.file(), s.failures())).toList();
        List<Change> changed = changes.stream().filter(Change::changed).toList();
        List<Detail> details = changed.stream().limit(MAX_DETAILS).map(ImpactSummary::detail).toList();
        return new ImpactSummary(result.liveVersion(), result.candidateVersion(), compared, counted(changes, Change::added),
                counted(changes, Change::removed),
                counted(changes, c -> c.pillars().stream().filter(p -> !Objects.equals(p.bandBefore(), p.bandAfter()))
                        .map(p -> p.pillar() + ": " + p.bandBefore() + " → " + p.bandAfter()).toList()),
                counted(changes, c -> c.pillars().stream().filter(p -> !Objects.equals(p.scoreBefore(), p.scoreAfter()))
                        .map(Change.PillarChange::pillar).toList()),
                changes.stream().filter(c -> c.problem() == null && c.startHereChanged()).count(),
                changes.stream().filter(c -> c.problem() != null).count(), suites, failing, result.millis(), details,
                changed.size() - details.size());
    }

    public boolean nothingChanged() {
        return details.isEmpty();
    }

    private static Detail detail(Change change) {
        Subject subject = change.subject();
        List<String> pillars = change.pillars().stream().map(p -> p.pillar() + ": " + score(p.scoreBefore()) + " " + p.bandBefore()
                + " → " + score(p.scoreAfter()) + " " + p.bandAfter()).toList();
        return new Detail(subject.kind().noun(), subject.id(), subject.label(), change.added(), change.removed(), pillars,
                change.startHereBefore(), change.startHereAfter(), change.problem() == null && change.startHereChanged(),
                change.problem());
    }

    /** Each item with the number of diagnoses it touches, most first, then by name. */
    private static List<Count> counted(List<Change> changes, Function<Change, List<String>> items) {
        Map<String, Long> counts = changes.stream().flatMap(c -> items.apply(c).stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private static String score(Integer score) {
        return score == null ? "-" : score.toString();
    }
}
