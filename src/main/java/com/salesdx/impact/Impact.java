package com.salesdx.impact;

import com.salesdx.check.Scenario;
import com.salesdx.check.ScenarioLoader;
import com.salesdx.rules.RuleBase;
import com.salesdx.store.StoredAnswers;
import com.salesdx.store.StoredDiagnoses;
import com.salesdx.yaml.Problems;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The impact of a candidate rules and knowledge-base folder before it goes live: every stored
 * diagnosis, scenario and client case diagnosed with the live and the candidate knowledge, and
 * every scenario and case checked with both.
 */
public final class Impact {
    private Impact() {
    }

    /**
     * The whole comparison: {@code changes} holds only what changed (or could not be compared),
     * {@code compared} how many of each kind were compared; {@code storedMillis} is the wall time
     * of the stored diagnoses' part alone.
     */
    public record Result(String liveVersion, String candidateVersion, Map<Subject.Kind, Integer> compared,
            List<Change> changes, List<SuiteRegression> suites, long storedMillis, long millis, int threads) {

        public int stored() {
            return compared(Subject.Kind.STORED);
        }

        public int compared(Subject.Kind kind) {
            return compared.getOrDefault(kind, 0);
        }

        /** Changes of one kind. */
        public List<Change> changes(Subject.Kind kind) {
            return changes.stream().filter(c -> c.subject().kind() == kind).toList();
        }

        public List<SuiteRegression> newlyFailing() {
            return suites.stream().filter(SuiteRegression::newlyFailing).toList();
        }
    }

    /** The knowledge on one side: its rule base and the knowledge-base folder its scenarios come from. */
    public record Side(RuleBase rules, Path kb) {
    }

    /** Scenario and case files that do not load are added to {@code problems} and left out. */
    public static Result run(Side live, Side candidate, StoredDiagnoses stored, int threads, Problems problems)
            throws InterruptedException {
        return run(live, candidate, stored, threads, problems, Progress.unwatched());
    }

    /** As above, reporting how far it has gone in {@code progress} (read from another thread). */
    public static Result run(Side live, Side candidate, StoredDiagnoses stored, int threads, Problems problems,
            Progress progress) throws InterruptedException {
        long start = System.nanoTime();
        Map<Subject.Kind, Integer> compared = new EnumMap<>(Subject.Kind.class);
        List<String> ids = stored.ids();
        progress.begin(Subject.Kind.STORED.plural, ids.size());
        List<Change> changes = new ArrayList<>();
        int storedCount = 0;
        for (int from = 0; from < ids.size(); from += StoredDiagnoses.SLICE) {
            List<Subject> subjects = new ArrayList<>(StoredDiagnoses.SLICE);
            for (StoredAnswers row : stored.answersOf(ids.subList(from, Math.min(ids.size(), from + StoredDiagnoses.SLICE)))) {
                subjects.add(Subject.stored(row.id(), label(row), row.answersJson()));
            }
            storedCount += subjects.size();
            keepChanged(ImpactRun.compare(live.rules(), candidate.rules(), subjects, threads, progress), changes);
        }
        compared.put(Subject.Kind.STORED, storedCount);
        long storedMillis = (System.nanoTime() - start) / 1_000_000;
        List<SuiteRegression> suites = new ArrayList<>();
        for (Subject.Kind kind : List.of(Subject.Kind.SCENARIO, Subject.Kind.CASE)) {
            String folder = kind == Subject.Kind.SCENARIO ? "scenarios" : "cases";
            // The live side's own scenarios are only a baseline: a problem there is not the candidate's.
            List<Scenario> before = ScenarioLoader.load(live.kb().resolve(folder), live.rules(), new Problems());
            List<Scenario> after = ScenarioLoader.load(candidate.kb().resolve(folder), candidate.rules(), problems);
            List<Subject> suite = suiteSubjects(kind, before, after);
            progress.begin(kind.plural, suite.size());
            compared.put(kind, suite.size());
            keepChanged(ImpactRun.compare(live.rules(), candidate.rules(), suite, threads, progress), changes);
            suites.addAll(SuiteRegression.check(kind, before, after, live.rules(), candidate.rules()));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(live.rules().version(), candidate.rules().version(), compared, changes, suites,
                storedMillis, millis, threads);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** "Acme Logistics · Dana Reyes, consultant questionnaire, 24 Nov 2026, 19:36 UTC". */
    static String label(StoredAnswers row) {
        return (row.about() == null ? "" : row.about() + ", ") + row.questionnaire() + " questionnaire, "
                + WHEN.format(row.createdAt());
    }

    /** What changed, without the stored answers it was diagnosed from (only the comparison needed them). */
    private static void keepChanged(List<Change> compared, List<Change> kept) {
        for (Change change : compared) {
            if (change.changed()) {
                kept.add(change.withoutStoredAnswers());
            }
        }
    }

    private static List<Subject> suiteSubjects(Subject.Kind kind, List<Scenario> before, List<Scenario> after) {
        Map<String, Scenario> live = new LinkedHashMap<>();
        before.forEach(s -> live.put(SuiteRegression.key(s), s));
        List<Subject> subjects = new ArrayList<>();
        for (Scenario scenario : after) {
            Scenario was = live.get(SuiteRegression.key(scenario));
            subjects.add(Subject.suite(kind, scenario.file(), scenario.name(), was == null ? null : was.answers(),
                    scenario.answers()));
        }
        return subjects;
    }
}
