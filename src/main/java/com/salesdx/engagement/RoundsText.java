package com.salesdx.engagement;

import com.salesdx.engagement.RoundComparison.AnswerMove;
import com.salesdx.engagement.RoundComparison.FindingChange;
import com.salesdx.engagement.RoundComparison.FollowUp;
import com.salesdx.engagement.RoundComparison.PillarChange;
import java.util.List;
import java.util.Locale;

/** Two rounds side by side for the terminal: scores, findings, chosen remedies, rules version. */
public final class RoundsText {
    private RoundsText() {
    }

    public static String render(RoundComparison c) {
        StringBuilder out = new StringBuilder();
        out.append("ROUNDS  ").append(c.client()).append(": ").append(c.earlierRound()).append(" -> ").append(c.laterRound())
                .append('\n');
        out.append(c.rulesChanged()
                ? "  Rules changed in between (" + c.earlierRules() + " -> " + c.laterRules() + "): part of any change may "
                        + "come from the rules, not from the client.\n"
                : "  Same rules version in both rounds (" + c.laterRules() + "): changes come from the answers.\n");
        out.append("\nPILLARS            then   now\n");
        for (PillarChange p : c.pillars()) {
            Integer delta = p.delta();
            out.append(String.format(Locale.ROOT, "  %-46s %5s %5s  %s%n", p.name(), score(p.then()), score(p.now()),
                    delta == null ? "" : delta > 0 ? "+" + delta : delta == 0 ? "=" : delta.toString()));
        }
        findings(out, "RESOLVED", c.resolved(), true);
        findings(out, "NEW", c.appeared(), false);
        findings(out, "PERSISTING", c.persisting(), true);
        out.append("\nCHOSEN AFTER ").append(c.earlierRound()).append(" (").append(c.chosen().size()).append(")\n");
        for (FollowUp f : c.chosen()) {
            out.append("  ").append(f.title()).append("  {").append(f.id()).append("}: ").append(f.verdict().toUpperCase(Locale.ROOT))
                    .append("; findings it answered: ").append(f.findingsResolved()).append(" resolved, ").append(f.findingsStill())
                    .append(" still open\n");
            for (AnswerMove m : f.answers()) {
                out.append("    - ").append(m.text()).append(": ").append(m.then()).append(" -> ").append(m.now()).append(" (")
                        .append(m.direction()).append(")\n");
            }
            out.append("    Indicators to watch: ").append(String.join("; ", f.indicators())).append('\n');
        }
        return out.toString();
    }

    private static void findings(StringBuilder out, String heading, List<FindingChange> findings, boolean showThen) {
        out.append('\n').append(heading).append(" (").append(findings.size()).append(")\n");
        for (FindingChange f : findings) {
            String severity = showThen && f.severityNow() != null && !f.severityNow().equals(f.severityThen())
                    ? f.severityThen() + " -> " + f.severityNow() : showThen ? f.severityThen() : f.severityNow();
            out.append("  [").append(severity.toUpperCase(Locale.ROOT)).append("] ").append(f.title()).append("  {")
                    .append(f.id()).append("}\n");
        }
    }

    private static String score(Integer score) {
        return score == null ? "n/a" : score.toString();
    }
}
