package com.salesdx.web;

import com.salesdx.knowledge.QuestionDef;
import com.salesdx.store.StoredAnswer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Between HTML form strings and typed answer values; validation proper happens in the service. */
public final class FormValues {
    private FormValues() {
    }

    public static Object typed(QuestionDef question, String value) {
        String text = value.trim();
        return switch (question.type()) {
            case YES_NO, CHOICE -> text;
            case SCALE, NUMBER -> {
                try {
                    yield Double.valueOf(text.replace(',', '.'));
                } catch (NumberFormatException e) {
                    yield text; // the service says what is wrong with it
                }
            }
        };
    }

    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return value.toString();
    }

    /** Saved answers as the strings the form controls carry: "yes", "3", "base_commission", "dont_know". */
    public static Map<String, Map<String, String>> answerStrings(Map<String, StoredAnswer> saved) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        saved.forEach((id, a) -> {
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("value", a.dontKnow() ? "dont_know" : text(a.value()));
            answer.put("note", a.note() == null ? "" : a.note());
            out.put(id, answer);
        });
        return out;
    }
}
