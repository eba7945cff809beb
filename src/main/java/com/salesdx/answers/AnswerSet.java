package com.salesdx.answers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The validated answers of one questionnaire. A question missing here was not answered, which
 * is never the same as "no" or "don't know". Notes on unanswered questions are kept too.
 */
public record AnswerSet(String questionnaire, Map<String, GivenAnswer> answers, Map<String, String> notes) {

    public AnswerSet {
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    public Optional<GivenAnswer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    public Collection<GivenAnswer> all() {
        return answers.values();
    }
}
