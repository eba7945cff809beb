package com.salesdx.rules;

import com.salesdx.knowledge.ThresholdDef;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the figures of knowledge-base/thresholds.yaml into the rules before they compile. Authors
 * write {@code Threshold(name == "id", $limit : value)} and compare with {@code $limit}; the
 * pattern is blanked out (lines and columns stay where they were, so errors still point at the
 * file) and {@code $limit} becomes the figure. A figure tuned in one place thus costs nothing per
 * diagnosis: no extra fact, no extra join.
 */
final class ThresholdInliner {
    private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^\\s*rule\\s.*?^\\s*end\\b");
    // The id is held to id characters: the scanner vetted the file as Drools parses it, and blanking a
    // match that straddled a comment or a quote could otherwise turn vetted text into code.
    private static final Pattern BINDING = Pattern.compile(
            "Threshold\\s*\\(\\s*name\\s*==\\s*\"([\\w.\\-]+)\"\\s*,\\s*(\\$[A-Za-z_][\\w]*)\\s*:\\s*value\\s*\\)");
    private static final Pattern ANY_THRESHOLD = Pattern.compile("\\bThreshold\\s*\\(");

    private ThresholdInliner() {
    }

    static String inline(String text, Map<String, ThresholdDef> thresholds, String file, Problems problems) {
        if (!text.contains("Threshold")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher block = RULE_BLOCK.matcher(text);
        int last = 0;
        while (block.find()) {
            out.append(text, last, block.start());
            out.append(rule(block.group(), lineOf(text, block.start()), thresholds, file, problems));
            last = block.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static String rule(String rule, int firstLine, Map<String, ThresholdDef> thresholds, String file,
            Problems problems) {
        Map<String, String> figures = new HashMap<>();
        StringBuilder blanked = new StringBuilder(rule.length());
        Matcher binding = BINDING.matcher(rule);
        int last = 0;
        while (binding.find()) {
            ThresholdDef def = thresholds.get(binding.group(1));
            // An unknown id is reported by the validator, with its line; leave a figure that compiles.
            figures.put(binding.group(2), def == null ? "0" : figure(def.value()));
            blanked.append(rule, last, binding.start()).append(" ".repeat(binding.end() - binding.start()));
            last = binding.end();
        }
        String text = blanked.append(rule.substring(last)).toString();
        Matcher stray = ANY_THRESHOLD.matcher(text);
        if (stray.find()) {
            problems.add(new Problem(file, firstLine + lineOf(text, stray.start()) - 1, 0, "Threshold(...)",
                    "write a threshold as Threshold(name == \"id\", $limit : value) and compare an answer with $limit"));
        }
        for (Map.Entry<String, String> figure : figures.entrySet()) {
            text = text.replaceAll(Pattern.quote(figure.getKey()) + "(?![\\w$])", Matcher.quoteReplacement(figure.getValue()));
        }
        return text;
    }

    private static String figure(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
