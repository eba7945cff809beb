package com.salesdx.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' parser messages ("[ERR 102] Line 20:0 mismatched input 'then' in rule ...") said for a rule
 * author who does not read grammar errors: what is wrong in plain words and, when the parser only
 * noticed at the next keyword, which earlier line to look at. The Drools code stays at the end for
 * whoever searches for it.
 */
final class ParserMessages {
    private static final Pattern DROOLS = Pattern.compile("\\[ERR (\\d+)\\] Line \\d+:\\d+ (.*)", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("(?:mismatched input|no viable alternative at input|"
            + "did not match anything at input) '(.*?)'(?: expecting [^ ]+)?(?: in (.*))?", Pattern.DOTALL);
    /** Words that start the next part of a rule: stumbling on one means the part before it was left open. */
    private static final List<String> NEXT_PART = List.of("then", "end", "rule", "when", "<EOF>");

    private ParserMessages() {
    }

    /** {@code line}: where the parser stopped (1-based); {@code text}: the whole file, to find the line before. */
    static String plain(String message, String text, int line) {
        Matcher drools = DROOLS.matcher(message.strip());
        if (!drools.matches()) {
            return message;
        }
        String code = "Drools ERR " + drools.group(1);
        String rest = drools.group(2).replaceAll("\\s+", " ").strip();
        if (rest.startsWith("trailing semi-colon not allowed")) {
            return "a condition does not end with \";\": remove it (" + code + ")";
        }
        Matcher input = INPUT.matcher(rest);
        if (!input.matches()) {
            return rest + " (" + code + ")";
        }
        String found = input.group(1);
        String where = input.group(2) == null ? "" : " in " + input.group(2);
        if (NEXT_PART.contains(found) || found.isEmpty()) {
            int before = lineBefore(text, line);
            String what = found.equals("<EOF>") || found.isEmpty() ? "the file ended" : "\"" + found + "\" came";
            return what + " too early" + where + ": the part before it is unfinished; look on line " + before
                    + " for a missing \")\", a missing comma or an unclosed quote (" + code + ")";
        }
        return "unexpected \"" + found + "\"" + where + ": check the spelling, brackets and quotes on this line and the lines "
                + "before it (" + code + ")";
    }

    /** The last non-blank, non-comment line before {@code line}. */
    private static int lineBefore(String text, int line) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.min(line - 1, lines.length) - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("//")) {
                return i + 1;
            }
        }
        return Math.max(1, line - 1);
    }
}
