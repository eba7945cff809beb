package com.salesdx.web.engagements;

import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.engagement.RoleDiagnoser.BandSpread;
import com.salesdx.engagement.RoleDiagnoser.ByRole;
import com.salesdx.engagement.RoleDiagnoser.RoleResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry and words of the per-role chart in the engagement report (templates/engagements/role-chart.peb):
 * per pillar, one bar per role with its score, band word and answer count written beside it, so the
 * chart reads in black and white; and one sentence per pillar where roles land a band or more apart.
 */
final class RoleChart {
    static final int LABEL_WIDTH = 140;
    static final int BAR_WIDTH = 200;
    static final int HEADING_HEIGHT = 26;
    static final int ROW_HEIGHT = 20;

    private RoleChart() {
    }

    static Map<String, Object> model(ByRole byRole) {
        Map<String, Object> model = new LinkedHashMap<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        int y = 0;
        List<RoleResult> roles = byRole.roles();
        List<PillarResult> pillars = roles.isEmpty() ? List.of() : roles.get(0).diagnosis().pillars();
        for (PillarResult pillar : pillars) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", pillar.name());
            group.put("y", y);
            y += HEADING_HEIGHT;
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RoleResult role : roles) {
                rows.add(row(role, role.pillar(pillar.id()), y));
                y += ROW_HEIGHT;
            }
            group.put("rows", rows);
            group.put("height", HEADING_HEIGHT + rows.size() * ROW_HEIGHT);
            groups.add(group);
        }
        model.put("groups", groups);
        model.put("height", y);
        model.put("labelWidth", LABEL_WIDTH);
        model.put("barWidth", BAR_WIDTH);
        model.put("valueX", LABEL_WIDTH + BAR_WIDTH + 8);
        model.put("who", roles.stream().map(r -> r.label() + " (" + people(r.respondents()) + ")").toList());
        model.put("differences", byRole.spreads().stream().map(RoleChart::sentence).toList());
        return model;
    }

    private static Map<String, Object> row(RoleResult role, PillarResult pillar, int y) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("role", role.label());
        row.put("y", y);
        row.put("assessed", pillar.assessed());
        row.put("width", pillar.assessed() ? Math.max(2, pillar.score() * BAR_WIDTH / 100) : BAR_WIDTH);
        row.put("tone", pillar.assessed() ? pillar.band().replace(' ', '-') : "not-assessed");
        String answers = pillar.answered() + (pillar.answered() == 1 ? " answer" : " answers");
        row.put("text", pillar.assessed() ? pillar.score() + " " + pillar.band() + " · " + answers : "not assessed · " + answers);
        return row;
    }

    /** "Sales Process & Tools: Executive puts it at strong, Seller and Front-line manager at weak." */
    static String sentence(BandSpread spread) {
        return spread.pillarName() + ": " + labels(spread.highest()) + (spread.highest().size() == 1 ? " puts" : " put")
                + " it at " + spread.highBand() + ", " + labels(spread.lowest()) + " at " + spread.lowBand() + ".";
    }

    private static String labels(List<RoleResult> roles) {
        List<String> names = roles.stream().map(RoleResult::label).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String people(int n) {
        return n + (n == 1 ? " person" : " people");
    }
}
