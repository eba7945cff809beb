package com.salesdx.engagement;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.facts.Gap;
import com.salesdx.knowledge.Combination;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.report.TextReport;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An engagement diagnosis for the terminal: who was interviewed, the perception gaps side by side,
 * then the diagnosis of the combined answers (each answer with the number of respondents it rests on
 * and what each role said).
 */
public final class EngagementText {
    private EngagementText() {
    }

    public static String render(Knowledge knowledge, EngagementDiagnosis d) {
        Engagement e = d.engagement();
        StringBuilder out = new StringBuilder();
        out.append("ENGAGEMENT  ").append(e.client()).append(", ").append(e.sector())
                .append(e.round() == null ? "" : ", round " + e.round()).append('\n');
        out.append("  ").append(e.respondents().size()).append(e.respondents().size() == 1 ? " respondent: " : " respondents: ").append(roles(knowledge, d)).append('\n');
        out.append("  Context stated once for everyone: ").append(e.context().size()).append(" answers\n\n");
        int gapFindings = d.perceptionFindings().size();
        out.append("PERCEPTION GAPS (").append(gapFindings).append(gapFindings == 1 ? " finding from " : " findings from ")
                .append(d.gaps().size())
                .append(d.gaps().size() == 1 ? " question" : " questions").append(" where leaders and sellers differ)\n");
        for (FindingResult f : d.perceptionFindings()) {
            int restsOn = d.restsOn(f.id());
            out.append(String.format(Locale.ROOT, "  [%s] %s  (rests on %d %s)%n", f.severity().toUpperCase(Locale.ROOT),
                    f.title(), restsOn, restsOn == 1 ? "respondent" : "respondents"));
        }
        for (Gap gap : d.gaps()) {
            String text = knowledge.question(gap.getQuestion()).map(q -> q.text()).orElse(gap.getQuestion());
            out.append(String.format(Locale.ROOT, "    %s%n      leaders: %-28s sellers: %s%n", text, gap.getLeaders(),
                    gap.getSellers()));
        }
        out.append('\n').append(TextReport.render(d.diagnosis()));
        return out.toString();
    }

    private static String roles(Knowledge knowledge, EngagementDiagnosis d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Combination combination = knowledge.combination().orElseThrow();
        combination.roles().forEach(r -> d.engagement().respondents().stream().filter(p -> p.role().equals(r.id()))
                .forEach(p -> counts.merge(r.label(), 1, Integer::sum)));
        StringBuilder out = new StringBuilder();
        counts.forEach((label, n) -> out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(label.toLowerCase(Locale.ROOT))
                .append(n == 1 ? "" : "s"));
        return out.toString();
    }
}
