package com.salesdx.web;

import com.salesdx.answers.AnswerValues;
import com.salesdx.server.Bodies;
import com.salesdx.server.HttpError;
import com.salesdx.server.StoredSize;
import com.salesdx.service.InterviewService;
import com.salesdx.store.Interview;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * One answer as an interview screen's autosave sends it (PUT .../answers/{question}): a value,
 * "don't know" or a note. Shared by the public interviews and the engagements' respondents, so
 * both refuse the same loose input with the same words; the service checks the value itself.
 * Errors name the answer as {@code answers.<question>} and its note as {@code notes.<question>},
 * the same fields POST /api/diagnoses names.
 */
public record AnswerEdit(Object value, boolean dontKnow, String note) {
    private static final Set<String> FIELDS = Set.of("value", "dont_know", "note");

    public static AnswerEdit of(Context ctx, String question) {
        StoredSize.check(ctx);
        Map<String, Object> body = Bodies.jsonObject(ctx);
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                throw HttpError.badRequest(key, "unknown field; expected value, dont_know, note");
            }
        }
        Object dontKnow = body.getOrDefault("dont_know", false);
        if (!(dontKnow instanceof Boolean)) {
            throw HttpError.badRequest(answerField(question), "\"dont_know\" must be true or false, not "
                    + AnswerValues.shown(dontKnow));
        }
        // An emptied field on the screen is sent as an explicit null and clears it; a body that names nothing is a mistake.
        if (!body.containsKey("value") && !body.containsKey("note") && !Boolean.TRUE.equals(dontKnow)) {
            throw HttpError.badRequest(answerField(question), "the body says nothing to save: send a value, \"dont_know\": true "
                    + "or a note (to clear the answer, DELETE it)");
        }
        if (Boolean.TRUE.equals(dontKnow) && body.get("value") != null) {
            throw HttpError.badRequest(answerField(question), "\"don't know\" and a value exclude each other; send one of them");
        }
        Object note = body.get("note");
        if (note != null && !(note instanceof String)) {
            throw HttpError.badRequest(noteField(question), "a note must be text, not " + AnswerValues.shown(note));
        }
        return new AnswerEdit(body.get("value"), (Boolean) dontKnow, (String) note);
    }

    public void applyTo(InterviewService interviews, Interview interview, String question) {
        save(interviews, interview, question, value, dontKnow, note);
    }

    /** Clears the answer and its note: the question is skipped again (DELETE .../answers/{question}). */
    public static void clear(InterviewService interviews, Interview interview, String question) {
        save(interviews, interview, question, null, false, null);
    }

    private static void save(InterviewService interviews, Interview interview, String question, Object value, boolean dontKnow,
            String note) {
        try {
            interviews.answer(interview, question, value, dontKnow, note);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("invalid answer", e.problems().stream().map(p -> named(p, question)).toList());
        }
    }

    /** The service names the part of the body at fault ("value", "note"); the API names the answer it belongs to. */
    private static Problem named(Problem problem, String question) {
        String field = switch (problem.field() == null ? "" : problem.field()) {
            case "value" -> answerField(question);
            case "note" -> noteField(question);
            default -> problem.field();
        };
        return new Problem(problem.file(), problem.line(), problem.column(), field, problem.message());
    }

    /** The field an error about one answer names, in every endpoint that takes answers. */
    public static String answerField(String question) {
        return "answers." + question;
    }

    private static String noteField(String question) {
        return "notes." + question;
    }
}
