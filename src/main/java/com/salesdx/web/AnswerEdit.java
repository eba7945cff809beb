package com.salesdx.web;

import com.salesdx.server.Bodies;
import com.salesdx.server.HttpError;
import com.salesdx.server.StoredSize;
import com.salesdx.service.InterviewService;
import com.salesdx.store.Interview;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * One answer as an interview screen's autosave sends it (PUT .../answers/{question}): a value,
 * "don't know" or a note. Shared by the public interviews and the engagements' respondents, so
 * both refuse the same loose input with the same words; the service checks the value itself.
 */
public record AnswerEdit(Object value, boolean dontKnow, String note) {
    private static final Set<String> FIELDS = Set.of("value", "dont_know", "note");

    public static AnswerEdit of(Context ctx) {
        StoredSize.check(ctx);
        Map<String, Object> body = Bodies.jsonObject(ctx);
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                throw HttpError.badRequest(key, "unknown field; expected value, dont_know, note");
            }
        }
        Object dontKnow = body.getOrDefault("dont_know", false);
        if (!(dontKnow instanceof Boolean)) {
            throw HttpError.badRequest("dont_know", "must be true or false");
        }
        if (Boolean.TRUE.equals(dontKnow) && body.get("value") != null) {
            throw HttpError.badRequest("dont_know", "\"don't know\" and a value exclude each other; send one of them");
        }
        Object note = body.get("note");
        if (note != null && !(note instanceof String)) {
            throw HttpError.badRequest("note", "must be text");
        }
        return new AnswerEdit(body.get("value"), (Boolean) dontKnow, (String) note);
    }

    public void applyTo(InterviewService interviews, Interview interview, String question) {
        interviews.answer(interview, question, value, dontKnow, note);
    }
}
