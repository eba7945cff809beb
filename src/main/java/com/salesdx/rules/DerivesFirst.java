package com.salesdx.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every {@code @derives} rule precedence over the finding rules, so all derived facts are
 * settled before any finding is concluded. A finding that stands aside for a derived fact
 * ({@code not Derived(...)}) is inserted once and never withdrawn; without this its verdict would
 * depend on which rule file happens to load first. This holds while derived facts are built from
 * answers and other derived facts, as every shipped rule does; a derived fact read from a finding
 * would settle only after that finding. The salience is written
 * on the rule's {@code when} line: lines and columns of everything else stay where they were.
 */
final class DerivesFirst {
    static final int SALIENCE = 100;
    private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^\\s*rule\\s.*?^\\s*end\\b");
    private static final Pattern DERIVES = Pattern.compile("@derives\\s*\\(");
    private static final Pattern SALIENCE_ATTRIBUTE = Pattern.compile("(?m)^\\s*salience\\b");
    private static final Pattern WHEN = Pattern.compile("(?m)^(\\s*)when\\b");

    private DerivesFirst() {
    }

    static String apply(String text) {
        if (!text.contains("@derives")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher block = RULE_BLOCK.matcher(text);
        int last = 0;
        while (block.find()) {
            out.append(text, last, block.start()).append(rule(block.group()));
            last = block.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static String rule(String rule) {
        Matcher when = WHEN.matcher(rule);
        if (!when.find()) {
            return rule;
        }
        String head = rule.substring(0, when.start());
        // An author's explicit salience is theirs to explain; it is left as written.
        if (!DERIVES.matcher(head).find() || SALIENCE_ATTRIBUTE.matcher(head).find()) {
            return rule;
        }
        return head + when.group(1) + "salience " + SALIENCE + " when" + rule.substring(when.end());
    }
}
