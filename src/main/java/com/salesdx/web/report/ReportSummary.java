package com.salesdx.web.report;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.knowledge.Severity;
import com.salesdx.report.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one paragraph a reader takes away: the pillar picture in words, the findings that matter
 * most, and where to start and why. Built only from the diagnosis, so an engagement report can
 * write its summary the same way.
 */
public final class ReportSummary {
    /** A summary names at most this many findings; the rest are one list away. */
    static final int FINDINGS_NAMED = 3;

    private ReportSummary() {
    }

    public static String of(Diagnosis diagnosis) {
        List<String> sentences = new ArrayList<>();
        sentences.add(pillarPicture(diagnosis));
        if (diagnosis.weakestPillar() != null) {
            // A tie is already visible in the picture, which lists pillars from the lowest score up.
            sentences.add(Summary.weakest(diagnosis));
        }
        sentences.add(findingsThatMatter(diagnosis));
        if (!diagnosis.startHere().isEmpty()) {
            sentences.add("Where to start: " + diagnosis.startReason());
        }
        return String.join(" ", sentences);
    }

    /** "Process and Leadership are weak, Strategy needs attention, Incentives is strong; Skills could not be scored from these answers." */
    static String pillarPicture(Diagnosis diagnosis) {
        Map<String, List<String>> byBand = new LinkedHashMap<>();
        List<String> unscored = new ArrayList<>();
        diagnosis.pillars().stream()
                .sorted(Comparator.comparing((PillarResult p) -> p.assessed() ? p.score() : Integer.MAX_VALUE))
                .forEach(p -> {
                    if (p.assessed()) {
                        byBand.computeIfAbsent(p.band(), b -> new ArrayList<>()).add(p.name());
                    } else {
                        unscored.add(p.name());
                    }
                });
        List<String> parts = new ArrayList<>();
        byBand.forEach((band, names) -> parts.add(and(names) + " " + verbWith(band, names.size() == 1)));
        String picture = parts.isEmpty() ? "No pillar had enough answers to score" : String.join(", ", parts);
        if (!unscored.isEmpty()) {
            picture += "; " + and(unscored) + " could not be scored from these answers";
        }
        return capitalise(picture) + ".";
    }

    static String findingsThatMatter(Diagnosis diagnosis) {
        List<FindingResult> findings = diagnosis.findings().stream()
                .sorted(Comparator.comparing((FindingResult f) -> Severity.parse(f.severity()).map(Enum::ordinal).orElse(9)))
                .toList();
        if (findings.isEmpty()) {
            return "No finding: nothing in the answers points at a structural gap.";
        }
        List<String> named = findings.stream().limit(FINDINGS_NAMED)
                .map(f -> "\u201c" + f.title() + "\u201d (" + f.severity() + ")").toList();
        String lead = findings.size() <= FINDINGS_NAMED
                ? (findings.size() == 1 ? "The one finding is " : "The findings are ")
                : "Of " + findings.size() + " findings, the ones that matter most are ";
        return lead + and(named) + ".";
    }

    /**
     * "is weak" / "are weak"; a band that is itself a verb phrase agrees instead: "needs attention" /
     * "need attention"; a band that says what is absent is shown: "shows no warning sign".
     */
    private static String verbWith(String band, boolean singular) {
        if (band.startsWith("needs ")) {
            return singular ? band : "need " + band.substring("needs ".length());
        }
        if (band.startsWith("no ")) {
            return (singular ? "shows " : "show ") + band;
        }
        return (singular ? "is " : "are ") + band;
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
