package com.salesdx.web.engagements;

import com.salesdx.answers.AnswerValues;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An engagement's context as typed by the consultant, checked against the context questions of the consultant
 * questionnaire: every problem named by its field ({@code context.<question>}) at once; blanks are left out.
 */
final class ContextInput {
    private ContextInput() {
    }

    static Map<String, Object> valid(List<QuestionDef> contextQuestions, Map<String, Object> context) {
        Map<String, Object> valid = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        context.forEach((id, value) -> {
            Optional<QuestionDef> question = contextQuestions.stream().filter(q -> q.id().equals(id)).findFirst();
            if (question.isEmpty()) {
                problems.add(problem("context." + id, "is not a context question of the consultant questionnaire"));
                return;
            }
            if (value == null || value instanceof String s && s.isBlank()) {
                return;
            }
            AnswerValues.Parsed parsed = AnswerValues.parse(question.get(), value);
            if (parsed.error() != null) {
                problems.add(problem("context." + id, "\"" + question.get().text() + "\": " + parsed.error()));
            } else if (!parsed.dontKnow()) {
                valid.put(id, parsed.value());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid input", problems);
        }
        return valid;
    }

    private static Problem problem(String field, String message) {
        return new Problem("request", 0, 0, field, message);
    }
}
