package com.salesdx.service;

import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import java.util.List;

/** Checks free text a person typed: a length limit, and no NUL or other control characters. */
public final class TextInput {
    private TextInput() {
    }

    /** A one-line label (title, respondent): no control characters at all. */
    public static void label(String field, String text, int max) {
        check(field, text, max, false);
    }

    /** A note: line breaks and tabs are fine, other control characters are not. */
    public static void note(String field, String text, int max) {
        check(field, text, max, true);
    }

    private static void check(String field, String text, int max, boolean multiline) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            throw invalid(field, "is limited to " + max + " characters (it has " + text.length() + ")");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = multiline && (c == '\n' || c == '\r' || c == '\t');
            if (!allowed && (Character.getType(c) == Character.CONTROL)) {
                throw invalid(field, String.format("contains a control character (U+%04X) at position %d; "
                        + "send plain text%s", (int) c, i + 1, multiline ? " (line breaks and tabs are fine)" : " on one line"));
            }
        }
    }

    static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("invalid input", List.of(new Problem("request", 0, 0, field, message)));
    }
}
