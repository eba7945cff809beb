package com.salesdx.web;

import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;

/** Error messages that show the question as the person read it, not only its id. */
final class QuestionText {
    private QuestionText() {
    }

    /** "Question text" (id): message, when the field names a question; field: message otherwise. */
    static String describe(Questionnaire questionnaire, String field, String message) {
        String id = field == null ? "" : field.substring(Math.max(field.lastIndexOf('/'), field.lastIndexOf(' ')) + 1);
        for (String candidate : new String[] {id, id.startsWith("answers.") ? id.substring(8) : id}) {
            QuestionDef question = questionnaire.question(candidate).orElse(null);
            if (question != null) {
                return "\u201c" + question.text() + "\u201d (" + question.id() + "): " + message;
            }
        }
        return (field == null || field.isEmpty() ? "" : field + ": ") + message;
    }
}
