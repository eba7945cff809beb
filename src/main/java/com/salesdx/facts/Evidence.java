package com.salesdx.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the answers behind a match: answers directly, and the answers behind derived facts. */
final class Evidence {
    private Evidence() {
    }

    static List<Answer> of(List<?> matched) {
        Set<Answer> answers = new LinkedHashSet<>();
        for (Object fact : matched) {
            if (fact instanceof Answer answer) {
                answers.add(answer);
            } else if (fact instanceof Derived derived) {
                answers.addAll(derived.getEvidence());
            } else if (fact instanceof Finding finding) {
                answers.addAll(finding.getEvidence());
            }
        }
        return List.copyOf(new ArrayList<>(answers));
    }
}
