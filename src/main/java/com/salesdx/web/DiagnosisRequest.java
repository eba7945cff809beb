package com.salesdx.web;

import com.salesdx.answers.AnswerValues;
import com.salesdx.server.Bodies;
import com.salesdx.service.TextInput;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of POST /api/diagnoses and /api/preview: an answer set in answer-file form. Its shape is checked
 * here and every problem with it reported at once (a wrong questionnaire and malformed answers in one
 * answer); each answer is then checked against its question by the answer reader, in the service.
 */
final class DiagnosisRequest {
    private static final int MAX_LABEL = 200;
    private static final int MAX_NOTE = 5_000;
    private static final List<String> FIELDS = List.of("questionnaire", "answers", "notes", "respondent");

    private final Set<String> questionnaires;
    private final List<Problem> problems = new ArrayList<>();

    private DiagnosisRequest(Set<String> questionnaires) {
        this.questionnaires = questionnaires;
    }

    /**
     * The body as an answer form, or an InvalidInputException naming every problem with its shape. A diagnosis to
     * store needs at least one answer, as the executive form does; a preview of none shows the empty state.
     */
    static Map<String, Object> read(Context ctx, Set<String> questionnaires, boolean answerNeeded) {
        Map<String, Object> body = Bodies.jsonObject(ctx);
        DiagnosisRequest request = new DiagnosisRequest(questionnaires);
        request.check(body, answerNeeded);
        if (!request.problems.isEmpty()) {
            throw new InvalidInputException("invalid request", request.problems);
        }
        return body;
    }

    private void check(Map<String, Object> body, boolean answerNeeded) {
        body.keySet().stream().filter(key -> !FIELDS.contains(key))
                .forEach(key -> add(key, "unknown field; expected " + String.join(", ", FIELDS)));
        questionnaire(body.get("questionnaire"));
        answers(body.get("answers"), answerNeeded);
        notes(body.get("notes"));
        respondent(body.get("respondent"));
    }

    private void questionnaire(Object id) {
        String known = oneOf(questionnaires);
        if (id == null) {
            add("questionnaire", "is required: " + known);
        } else if (!(id instanceof String text)) {
            add("questionnaire", "must be a string naming the questionnaire, " + known + ", not " + AnswerValues.shown(id));
        } else if (!questionnaires.contains(text)) {
            add("questionnaire", "unknown questionnaire " + AnswerValues.shown(id) + "; expected " + known);
        }
    }

    private void answers(Object answers, boolean answerNeeded) {
        if (answers != null && !(answers instanceof Map)) {
            add("answers", "must be an object of question id to answer, not " + AnswerValues.shown(answers));
        } else if (answerNeeded && (answers == null || ((Map<?, ?>) answers).values().stream().allMatch(v -> v == null))) {
            add("answers", "at least one answer is needed: send an object of question id to answer, "
                    + "e.g. {\"ceo.strategy_line_of_sight\": \"no\"}");
        }
    }

    private void notes(Object notes) {
        if (notes != null && !(notes instanceof Map)) {
            add("notes", "must be an object of question id to note text, not " + AnswerValues.shown(notes));
        } else if (notes != null) {
            ((Map<?, ?>) notes).forEach((question, note) -> {
                if (note instanceof String text) {
                    collect(() -> TextInput.note("notes." + question, text, MAX_NOTE));
                }
            });
        }
    }

    private void respondent(Object respondent) {
        if (respondent != null && !(respondent instanceof String)) {
            add("respondent", "must be text, not " + AnswerValues.shown(respondent));
        } else {
            collect(() -> TextInput.label("respondent", (String) respondent, MAX_LABEL));
        }
    }

    /** TextInput throws at its first problem; here it is one problem among the others. */
    private void collect(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    private void add(String field, String message) {
        problems.add(new Problem("request", 0, 0, field, message));
    }

    /** "ceo or consultant", "a, b or c". */
    private static String oneOf(Collection<String> values) {
        List<String> list = List.copyOf(values);
        return list.size() < 2 ? String.join("", list)
                : String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }
}
