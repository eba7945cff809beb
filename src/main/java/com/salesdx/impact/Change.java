package com.salesdx.impact;

import java.util.List;

/**
 * What a candidate changes for one diagnosis: findings added and removed, pillars whose score,
 * band or assessment moved, and "start here" before and after. {@code problem} is set instead
 * when one side could not diagnose it at all (answers that no longer fit, a rule that ran away).
 */
public record Change(Subject subject, List<String> added, List<String> removed, List<PillarChange> pillars,
        List<String> startHereBefore, List<String> startHereAfter, String problem) {

    public record PillarChange(String pillar, Integer scoreBefore, String bandBefore, Integer scoreAfter, String bandAfter) {

        boolean bandChanged() {
            return !java.util.Objects.equals(bandBefore, bandAfter);
        }
    }

    public boolean startHereChanged() {
        return !startHereBefore.equals(startHereAfter);
    }

    public boolean changed() {
        return problem != null || !added.isEmpty() || !removed.isEmpty() || !pillars.isEmpty() || startHereChanged();
    }

    Change withoutStoredAnswers() {
        return subject.answersJson() == null ? this
                : new Change(subject.withoutAnswers(), added, removed, pillars, startHereBefore, startHereAfter, problem);
    }

    static Change failed(Subject subject, String problem) {
        return new Change(subject, List.of(), List.of(), List.of(), List.of(), List.of(), problem);
    }
}
