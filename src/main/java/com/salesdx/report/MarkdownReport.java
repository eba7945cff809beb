package com.salesdx.report;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import java.util.List;
import java.util.Locale;

/** A diagnosis as Markdown, to paste into a report or a wiki page. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(Diagnosis d) {
        StringBuilder out = new StringBuilder("# Sales system diagnosis\n\n");
        out.append("Questionnaire: ").append(d.questionnaire()).append(" · rules version `").append(d.version()).append("`\n\n");
        out.append("## Pillars\n\n| Pillar | Score | Band | Level | Rests on |\n|---|---:|---|---|---|\n");
        for (PillarResult p : d.pillars()) {
            out.append("| ").append(p.name()).append(" | ").append(p.assessed() ? p.score().toString() : "–").append(" | ")
                    .append(p.band()).append(" | ").append(p.level() == null ? "–" : p.level() + " " + p.levelName())
                    .append(" | ").append(p.basis()).append(" |\n");
        }
        out.append("\n").append(Summary.weakest(d)).append("\n");
        out.append("\n## Start here\n\n").append(d.startReason()).append("\n\n");
        d.interventions().stream().filter(i -> d.startHere().contains(i.id())).forEach(i -> intervention(out, i));
        out.append("\n## Findings\n\n");
        for (FindingResult f : d.findings()) {
            out.append("### ").append(f.title()).append("\n\n");
            out.append("*").append(f.severity().toUpperCase(Locale.ROOT)).append(" · ").append(f.pillar()).append(" · `")
                    .append(f.id()).append("`*\n\n").append(f.explanation().trim()).append("\n\n**Why we think so**\n\n");
            for (EvidenceAnswer e : f.evidence()) {
                out.append("- ").append(e.text()).append(" — **").append(e.answer()).append("**");
                if (e.note() != null) {
                    out.append(" (note: ").append(e.note().replace("\n", " ")).append(")");
                }
                out.append('\n');
            }
            f.rules().forEach(r -> out.append("- Rule: ").append(r.name()).append(" (`").append(r.file()).append(':')
                    .append(r.line()).append("`)\n"));
            out.append('\n');
        }
        remedies(out, Summary.NEXT, Summary.next(d));
        remedies(out, Summary.FURTHER, Summary.further(d));
        return out.toString();
    }

    private static void remedies(StringBuilder out, String heading, List<RankedIntervention> remedies) {
        if (!remedies.isEmpty()) {
            out.append("## ").append(heading).append("\n\n");
            remedies.forEach(i -> out.append(i.rank()).append(". ").append(i.title()).append(" (")
                    .append(String.join(", ", i.addresses())).append(")\n"));
            out.append('\n');
        }
    }

    private static void intervention(StringBuilder out, RankedIntervention i) {
        out.append("### ").append(i.rank()).append(". ").append(i.title()).append("\n\n").append(i.why().trim()).append("\n\n");
        i.steps().forEach(s -> out.append("- ").append(s).append('\n'));
        out.append("\n*Horizon:* ").append(i.horizon()).append(" · *Addresses:* ").append(String.join(", ", i.addresses()))
                .append("\n\n*Working when:* ").append(String.join("; ", i.indicators())).append("\n\n");
    }
}
