package com.salesdx.answers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer set in answer-file form (questionnaire, answers, notes), as stored and as the API and
 * files take it, so a stored diagnosis can always be read back and run again.
 */
public final class AnswerForm {
    public static final String DONT_KNOW = "dont_know";

    private AnswerForm() {
    }

    public static Map<String, Object> of(AnswerSet set) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (GivenAnswer answer : set.all()) {
            answers.put(answer.question(), answer.dontKnow() ? DONT_KNOW : yamlValue(answer.value()));
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("questionnaire", set.questionnaire());
        form.put("answers", answers);
        if (!set.notes().isEmpty()) {
            form.put("notes", set.notes());
        }
        return form;
    }

    /** yes/no are written as words, the same as a person writes them in an answer file. */
    private static Object yamlValue(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        return value;
    }
}
