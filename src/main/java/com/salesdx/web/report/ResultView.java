package com.salesdx.web.report;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import com.salesdx.report.Summary;
import com.salesdx.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page showing a diagnosis needs beyond the diagnosis itself: chart geometry, interventions
 * split into "start here" and "then", and the sentences around them. The interview page uses it
 * for provisional results, the report for the final one.
 */
public final class ResultView {
    static final int BAR_WIDTH = 350;
    /** Name, bar, then two short lines: band, level and confidence; findings and answers. */
    static final int ROW_HEIGHT = 76;

    private ResultView() {
    }

    public static Map<String, Object> of(Diagnosis diagnosis, Knowledge knowledge) {
        Map<String, Object> view = new LinkedHashMap<>();
        List<Map<String, Object>> bars = new ArrayList<>();
        int y = 0;
        for (PillarResult pillar : diagnosis.pillars()) {
            Map<String, Object> bar = new LinkedHashMap<>();
            List<String> basis = basisParts(pillar.basis());
            bar.put("pillar", pillar);
            bar.put("y", y);
            bar.put("evidence", basis.isEmpty() ? "" : basis.get(0));
            bar.put("detail", detail(pillar, basis.size() > 1 ? basis.subList(1, basis.size()) : List.of()));
            bar.put("width", pillar.assessed() ? Math.max(2, pillar.score() * BAR_WIDTH / 100) : BAR_WIDTH);
            bar.put("tone", pillar.assessed() ? pillar.band().replace(' ', '-') : "not-assessed");
            bar.put("answers", pillar.answered() + (pillar.answered() == 1 ? " answer" : " answers"));
            bar.put("healthy", knowledge.pillar(pillar.id()).map(p -> p.healthy()).orElse(""));
            bars.add(bar);
            y += ROW_HEIGHT;
        }
        view.put("bars", bars);
        view.put("chartHeight", y);
        view.put("barWidth", BAR_WIDTH);
        List<RankedIntervention> startHere = diagnosis.interventions().stream()
                .filter(i -> diagnosis.startHere().contains(i.id())).toList();
        view.put("startHere", startHere);
        view.put("next", Summary.next(diagnosis));
        view.put("further", Summary.further(diagnosis));
        Map<String, String> pillarNames = new LinkedHashMap<>();
        diagnosis.pillars().forEach(p -> pillarNames.put(p.id(), p.name()));
        view.put("pillarNames", pillarNames);
        view.put("notAssessed", diagnosis.pillars().stream().filter(p -> !p.assessed()).map(PillarResult::name).toList());
        view.put("highCount", diagnosis.findings().stream().filter(f -> f.severity().equals("high")).count());
        view.put("weakestName", diagnosis.weakestPillar() == null ? null : pillarNames.get(diagnosis.weakestPillar()));
        view.put("weakestSentence", com.salesdx.report.Summary.weakest(diagnosis));
        return view;
    }

    /**
     * What a pillar's score rests on, cut at its "; " ("2 high findings from 8 answers of 13" /
     * "medium confidence"): one sentence is too long for the chart's width.
     */
    static List<String> basisParts(String basis) {
        if (basis == null || basis.isBlank()) {
            return List.of();
        }
        return List.of(basis.split(";\\s+"));
    }

    /** "needs attention · level 2 · medium confidence", or for a pillar not scored "1 more answer would score it". */
    private static String detail(PillarResult pillar, List<String> rest) {
        List<String> parts = new ArrayList<>();
        if (pillar.assessed()) {
            parts.add(pillar.band());
            if (pillar.level() != null) {
                parts.add("level " + pillar.level());
            }
        }
        parts.addAll(rest);
        return String.join(" · ", parts);
    }
}
