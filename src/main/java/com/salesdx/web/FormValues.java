package com.salesdx.web;

import com.salesdx.knowledge.QuestionDef;

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
}
