package com.salesdx.impact;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares the live and the candidate diagnosis of the same answers. */
final class Differ {
    private Differ() {
    }

    static Change compare(Subject subject, Diagnosis live, Diagnosis candidate) {
        Set<String> before = ids(live);
        Set<String> after = ids(candidate);
        List<String> added = after.stream().filter(id -> !before.contains(id)).sorted().toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).sorted().toList();
        Map<String, PillarResult> old = live.pillars().stream().collect(Collectors.toMap(PillarResult::id, Function.identity()));
        List<Change.PillarChange> pillars = new ArrayList<>();
        for (PillarResult now : candidate.pillars()) {
            PillarResult was = old.get(now.id());
            Integer scoreBefore = was == null || !was.assessed() ? null : was.score();
            Integer scoreAfter = now.assessed() ? now.score() : null;
            String bandBefore = was == null ? null : was.assessed() ? was.band() : "not assessed";
            String bandAfter = now.assessed() ? now.band() : "not assessed";
            if (!Objects.equals(scoreBefore, scoreAfter) || !Objects.equals(bandBefore, bandAfter)) {
                pillars.add(new Change.PillarChange(now.id(), scoreBefore, bandBefore, scoreAfter, bandAfter));
            }
        }
        return new Change(subject, added, removed, pillars, live.startHere(), candidate.startHere(), null);
    }

    private static Set<String> ids(Diagnosis diagnosis) {
        return diagnosis.findings().stream().map(Diagnosis.FindingResult::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
