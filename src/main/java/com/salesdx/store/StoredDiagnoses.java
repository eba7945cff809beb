package com.salesdx.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Stored diagnoses as impact and rule counts go through them: every id, then the answers of a
 * slice at a time. Ten thousand answer sets held at once would not fit the lean server's heap.
 */
public interface StoredDiagnoses {
    /** Stored diagnoses read and run together. */
    int SLICE = 500;

    List<String> ids();

    /** The answers of the diagnoses named; unknown ids are left out. */
    List<StoredAnswers> answersOf(Collection<String> ids);

    static StoredDiagnoses none() {
        return of(List.of());
    }

    /** Answers already in memory (tests, small stores). */
    static StoredDiagnoses of(List<StoredAnswers> rows) {
        return new StoredDiagnoses() {
            @Override
            public List<String> ids() {
                return rows.stream().map(StoredAnswers::id).toList();
            }

            @Override
            public List<StoredAnswers> answersOf(Collection<String> ids) {
                Set<String> wanted = Set.copyOf(ids);
                return rows.stream().filter(r -> wanted.contains(r.id())).toList();
            }
        };
    }
}
