package com.salesdx.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found in a run, so a user sees them all at once rather than one per try. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return list.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    /** Throws if anything was collected; otherwise does nothing. */
    public void throwIfAny(String what) {
        if (!list.isEmpty()) {
            throw new InvalidInputException(what, list());
        }
    }
}
