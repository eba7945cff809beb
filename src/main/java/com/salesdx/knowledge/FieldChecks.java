package com.salesdx.knowledge;

import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import java.util.Collection;
import java.util.regex.Pattern;

/** Small checks shared by the knowledge-base validators; each reports at the field's line. */
final class FieldChecks {
    static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]*\\.[a-z0-9_]+");
    static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YamlDocument document;
    private final Problems problems;

    FieldChecks(YamlDocument document, Problems problems) {
        this.document = document;
        this.problems = problems;
    }

    boolean text(String value, String pointer) {
        if (value == null || value.isBlank()) {
            fail(pointer, "is required and must not be empty");
            return false;
        }
        return true;
    }

    boolean list(Collection<?> value, String pointer, int atLeast) {
        if (value == null || value.size() < atLeast) {
            fail(pointer, "needs at least " + atLeast + " item(s)");
            return false;
        }
        return true;
    }

    boolean matches(String value, Pattern pattern, String pointer, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            fail(pointer, "\"" + value + "\" is not a valid id; expected " + expected);
            return false;
        }
        return value != null;
    }

    void fail(String pointer, String message) {
        problems.add(document.problem(pointer, message));
    }

    int problemCount() {
        return problems.size();
    }

    int line(String pointer) {
        return document.problem(pointer, "").line();
    }

    YamlDocument document() {
        return document;
    }
}
