package com.salesdx.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one condition of a pattern, such as {@code value < $limit} or {@code value in ("a", "b")},
 * token by token and admits only what a rule of this project needs: the fact's own fields,
 * {@code $variables}, text and number literals, comparison, arithmetic and boolean operators and
 * {@code in (...)} lists. A dot (qualified name, method call), a call, {@code new} or any other
 * word is code, and code in a condition runs with the server's rights.
 */
final class ConditionCheck {
    /** What each pattern type may compare, by the names rules use (getters of com.salesdx.facts). */
    static final Map<String, List<String>> FIELDS = Map.of(
            "YesNo", List.of("question", "answeredAs", "yes", "no"),
            "Scale", List.of("question", "answeredAs", "value"),
            "Numeric", List.of("question", "answeredAs", "value"),
            "Choice", List.of("question", "answeredAs", "value"),
            "DontKnow", List.of("question", "answeredAs"),
            "Gap", List.of("question", "leadersHealthier", "sellersHealthier", "spread"),
            "Derived", List.of("name"),
            "Finding", List.of("id", "rule"),
            "Threshold", List.of("name", "value"));
    private static final Pattern METHOD_CALL = Pattern.compile("\\.\\s*(\\w+)\\s*\\(");
    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-",
            "*", "/", "%", "(", ")", ",", ":");

    private ConditionCheck() {
    }

    /** Why the condition is not admitted, or empty when it is. */
    static Optional<String> check(String type, String condition) {
        List<String> fields = FIELDS.get(type);
        int i = 0;
        int n = condition.length();
        while (i < n) {
            char c = condition.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = condition.indexOf('"', i + 1);
                int escape = condition.indexOf('\\', i + 1);
                if (close < 0 || (escape >= 0 && escape < close)) {
                    return Optional.of("a text in quotes must be plain: no backslash escapes");
                }
                i = close + 1;
            } else if (Character.isDigit(c)) {
                i = number(condition, i);
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(condition.charAt(end))) {
                    end++;
                }
                Optional<String> problem = word(condition.substring(i, end), next(condition, end), type, fields);
                if (problem.isPresent()) {
                    return problem;
                }
                i = end;
            } else {
                String operator = operator(condition, i);
                if (operator == null) {
                    return Optional.of("`" + c + "` is not allowed in a condition; compare the fact's fields with "
                            + "==, !=, <, <=, >, >=, combine with &&, || and compute with + - * /");
                }
                i += operator.length();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> word(String word, String after, String type, List<String> fields) {
        Matcher call = METHOD_CALL.matcher(after);
        if (call.lookingAt()) {
            return Optional.of("`" + word + "." + call.group(1) + "(...)` calls a method; a condition compares the fact's "
                    + "own fields (" + String.join(", ", fields) + ") with text, numbers or $variables, it calls nothing");
        }
        if (after.startsWith(".")) {
            return Optional.of("`" + word + "." + "` reaches outside the fact (a class, a qualified name or a method call); "
                    + "a condition compares the fact's own fields: " + String.join(", ", fields));
        }
        if (word.equals("in")) {
            return after.startsWith("(") ? Optional.empty()
                    : Optional.of("`in` takes a list in parentheses: value in (\"a\", \"b\")");
        }
        if (word.equals("not")) {
            return after.startsWith("in") ? Optional.empty() : Optional.of("`not` inside a condition only comes as `not in (...)`");
        }
        if (after.startsWith("(")) {
            return Optional.of("`" + word + "(...)` calls a function; a condition compares the fact's fields with values, "
                    + "it calls nothing");
        }
        if (word.startsWith("$") || fields.contains(word) || LITERAL_WORDS.contains(word)) {
            return Optional.empty();
        }
        return Optional.of("`" + word + "` is not a field of " + type + "; a condition compares " + type + "'s fields ("
                + String.join(", ", fields) + ") with text, numbers or $variables");
    }

    private static int number(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
                && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static String next(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(i);
    }

    private static String operator(String text, int at) {
        for (String operator : OPERATORS) {
            if (text.startsWith(operator, at)) {
                return operator;
            }
        }
        return null;
    }
}
