package com.salesdx.facts;

import java.util.ArrayList;
import java.util.List;

/** Collects the answers behind a match: answers directly, and the answers behind derived facts. */
final class Evidence {
    private Evidence() {
    }

    /** A fresh list the caller owns; matches hold a handful of facts, so a list beats a hash set here. */
    static List<Answer> of(List<?> matched) {
        List<Answer> answers = new ArrayList<>(matched.size() + 2);
        for (Object fact : matched) {
            if (fact instanceof Answer answer) {
                addOnce(answers, answer);
            } else if (fact instanceof Derived derived) {
                derived.getEvidence().forEach(a -> addOnce(answers, a));
            } else if (fact instanceof Finding finding) {
                finding.getEvidence().forEach(a -> addOnce(answers, a));
            }
        }
        return answers;
    }

    private static void addOnce(List<Answer> answers, Answer answer) {
        if (!answers.contains(answer)) {
            answers.add(answer);
        }
    }
}
