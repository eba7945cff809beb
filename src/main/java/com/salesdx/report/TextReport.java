package com.salesdx.report;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import java.util.Locale;

/** A diagnosis for the terminal: pillar bars, where to start, then each finding with its why. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Diagnosis d) {
        StringBuilder out = new StringBuilder();
        out.append("salesdx diagnosis (").append(d.questionnaire()).append(" questionnaire, rules version ")
                .append(d.version()).append(")\n\n");
        out.append("PILLARS\n");
        for (PillarResult p : d.pillars()) {
            out.append(String.format(Locale.ROOT, "  %-46s ", p.name()));
            if (p.assessed()) {
                int filled = (p.score() + 5) / 10;
                out.append("#".repeat(filled)).append(".".repeat(10 - filled))
                        .append(String.format(Locale.ROOT, " %3d  %-17s", p.score(), p.band()));
                out.append(p.level() == null ? "level not known" : "level " + p.level() + " " + p.levelName());
            } else {
                out.append("not assessed");
            }
            out.append('\n').append(String.format(Locale.ROOT, "  %-46s %s%n", "", p.basis()));
        }
        out.append("  ").append(Summary.weakest(d)).append('\n');
        out.append("\nSTART HERE\n");
        out.append(indent(d.startReason(), "  ")).append('\n');
        d.interventions().stream().filter(i -> d.startHere().contains(i.id())).forEach(i -> intervention(out, i, true));
        out.append("\nFINDINGS (").append(d.findings().size()).append(")\n");
        for (FindingResult f : d.findings()) {
            out.append("  [").append(f.severity().toUpperCase(Locale.ROOT)).append(f.visibility() ? ", NOT KNOWN" : "")
                    .append("perception".equals(f.kind()) ? ", PERCEPTION GAP" : "")
                    .append("] ").append(f.title())
                    .append("  {").append(f.id()).append("}\n");
            out.append(indent(f.explanation(), "      ")).append('\n');
            out.append("      Why we think so:\n");
            for (EvidenceAnswer e : f.evidence()) {
                out.append("        - ").append(e.text()).append(" -> ").append(e.answer());
                if (e.restsOn() != null) {
                    out.append("  (rests on ").append(e.restsOn()).append(e.restsOn() == 1 ? " respondent)" : " respondents)");
                }
                out.append('\n');
                byRole(out, e);
                if (e.note() != null) {
                    out.append("          note: ").append(e.note()).append('\n');
                }
            }
            f.rules().forEach(r -> out.append("      Rule: \"").append(r.name()).append("\" (").append(r.file())
                    .append(':').append(r.line()).append(")\n"));
            out.append("      Remedies: ").append(String.join(", ", f.interventions())).append('\n');
        }
        remedies(out, Summary.NEXT, Summary.next(d));
        remedies(out, Summary.FURTHER, Summary.further(d));
        return out.toString();
    }

    /** In an engagement, what each role answered, side by side; roles that are not witnesses for it are marked. */
    private static void byRole(StringBuilder out, EvidenceAnswer e) {
        if (e.byRole() == null) {
            return;
        }
        for (Diagnosis.RoleAnswers role : e.byRole()) {
            out.append(String.format(Locale.ROOT, "            %-20s %s%s%n", role.label() + ":", String.join(", ", role.answers()),
                    role.counted() ? "" : "  (not counted: not a witness for this question)"));
        }
    }

    private static void remedies(StringBuilder out, String heading, java.util.List<RankedIntervention> remedies) {
        if (!remedies.isEmpty()) {
            out.append('\n').append(heading.toUpperCase(Locale.ROOT)).append('\n');
            remedies.forEach(i -> intervention(out, i, false));
        }
    }

    private static void intervention(StringBuilder out, RankedIntervention i, boolean detailed) {
        out.append(String.format(Locale.ROOT, "  %d. %s  {%s, %s, priority %.1f}%n", i.rank(), i.title(), i.id(),
                String.join("/", i.pillars()), i.priority()));
        out.append("     Addresses: ").append(String.join(", ", i.addresses())).append('\n');
        if (detailed) {
            out.append(indent(i.why(), "     ")).append('\n');
            i.steps().forEach(s -> out.append("     - ").append(s).append('\n'));
            out.append("     Horizon: ").append(i.horizon()).append('\n');
            out.append("     Working when: ").append(String.join("; ", i.indicators())).append('\n');
        }
    }

    private static String indent(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.trim().split("\\s+")) {
            if (line.length() + word.length() > 100 && line.length() > prefix.length()) {
                out.append(line).append('\n');
                line = new StringBuilder(prefix);
            }
            line.append(line.length() > prefix.length() ? " " : "").append(word);
        }
        return out.append(line).toString();
    }
}
