package com.salesdx.diagnosis;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import java.util.List;

/** The sentence that says what a pillar's verdict rests on, so no box is ever shown empty. */
final class Basis {
    private Basis() {
    }

    static String assessed(List<FindingResult> findings, int answered, int dontKnow, int total, String confidence, int leftOut) {
        return findings(findings) + " from " + answers(answered, dontKnow) + " of " + total + notCounting(leftOut) + "; "
                + confidence + " confidence";
    }

    static String notAssessed(List<FindingResult> findings, int answered, int dontKnow, int total, int more, int leftOut) {
        if (total == 0) {
            return findings.isEmpty() ? "this questionnaire does not cover it" + notCounting(leftOut)
                    : findings(findings) + "; this questionnaire has no scored question for it" + notCounting(leftOut);
        }
        return findings(findings) + " from " + answers(answered, dontKnow) + " of " + total + notCounting(leftOut) + "; " + more
                + " more " + (more == 1 ? "answer" : "answers") + " would score it";
    }

    /** Answers the questionnaire leaves out of the score in this client's context, so "of N" adds up. */
    private static String notCounting(int leftOut) {
        return leftOut == 0 ? "" : ", not counting " + leftOut + (leftOut == 1 ? " that does" : " that do")
                + " not apply in this context";
    }

    /** "3 answers", "3 answers and 1 don't know", or "1 don't know" when nothing else was answered. */
    private static String answers(int n, int dontKnow) {
        String answers = n + (n == 1 ? " answer" : " answers");
        if (dontKnow == 0) {
            return answers;
        }
        return (n == 0 ? "" : answers + " and ") + dontKnow + " don't know";
    }

    private static String findings(List<FindingResult> findings) {
        if (findings.isEmpty()) {
            return "no finding";
        }
        int high = 0;
        int medium = 0;
        int low = 0;
        for (FindingResult f : findings) {
            switch (f.severity()) {
                case "high" -> high++;
                case "medium" -> medium++;
                default -> low++;
            }
        }
        StringBuilder out = new StringBuilder();
        append(out, high, "high");
        append(out, medium, "medium");
        append(out, low, "low");
        return out + (findings.size() == 1 ? " finding" : " findings");
    }

    private static void append(StringBuilder out, int count, String severity) {
        if (count > 0) {
            out.append(out.length() > 0 ? ", " : "").append(count).append(' ').append(severity);
        }
    }
}
