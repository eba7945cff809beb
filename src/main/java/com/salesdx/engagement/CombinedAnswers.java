package com.salesdx.engagement;

import com.salesdx.answers.AnswerSet;
import java.util.Map;
import java.util.Optional;

/** Every question's combined answer, and the same as an {@link AnswerSet} the diagnosis reads. */
public record CombinedAnswers(AnswerSet answers, Map<String, CombinedAnswer> byQuestion) {

    public Optional<CombinedAnswer> question(String id) {
        return Optional.ofNullable(byQuestion.get(id));
    }
}
