package com.salesdx.web;

import com.salesdx.answers.Suggestions;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.server.HttpError;

/**
 * The question an answer's address names ({@code .../answers/{question}}). An unknown one is a 404 like any
 * unknown id in a path, with the closest known id when it looks mistyped; what was sent is never read first.
 */
public final class QuestionInPath {
    private QuestionInPath() {
    }

    public static QuestionDef of(Questionnaire questionnaire, String questionId) {
        return questionnaire.question(questionId).orElseThrow(() -> new HttpError(404, null, "no question \""
                + shortened(questionId) + "\" in the " + questionnaire.id() + " questionnaire"
                + Suggestions.closest(questionId, questionnaire.questions().keySet()).map(s -> "; did you mean " + s + "?").orElse("")));
    }

    /** A path segment can be kilobytes long: the message quotes its start. */
    private static String shortened(String questionId) {
        return questionId.length() > 100 ? questionId.substring(0, 100) + "..." : questionId;
    }
}
