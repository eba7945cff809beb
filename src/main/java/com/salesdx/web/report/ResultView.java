package com.salesdx.web.report;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
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
    static final int ROW_HEIGHT = 72;

    private ResultView() {
    }

    public static Map<String, Object> of(Diagnosis diagnosis, Knowledge knowledge) {
        Map<String, Object> view = new LinkedHashMap<>();
        List<Map<String, Object>> bars = new ArrayList<>();
        int row = 0;
        for (PillarResult pillar : diagnosis.pillars()) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("pillar", pillar);
            bar.put("y", row * ROW_HEIGHT);
            bar.put("width", pillar.assessed() ? Math.max(2, pillar.score() * BAR_WIDTH / 100) : BAR_WIDTH);
            bar.put("tone", pillar.assessed() ? pillar.band().replace(' ', '-') : "not-assessed");
            bar.put("answers", pillar.answered() + (pillar.answered() == 1 ? " answer" : " answers"));
            bar.put("healthy", knowledge.pillar(pillar.id()).map(p -> p.healthy()).orElse(""));
            bars.add(bar);
            row++;
        }
        view.put("bars", bars);
        view.put("chartHeight", row * ROW_HEIGHT);
        view.put("barWidth", BAR_WIDTH);
        List<RankedIntervention> startHere = diagnosis.interventions().stream()
                .filter(i -> diagnosis.startHere().contains(i.id())).toList();
        view.put("startHere", startHere);
        view.put("later", diagnosis.interventions().stream().filter(i -> !diagnosis.startHere().contains(i.id())).toList());
        Map<String, String> pillarNames = new LinkedHashMap<>();
        diagnosis.pillars().forEach(p -> pillarNames.put(p.id(), p.name()));
        view.put("pillarNames", pillarNames);
        view.put("notAssessed", diagnosis.pillars().stream().filter(p -> !p.assessed()).map(PillarResult::name).toList());
        view.put("highCount", diagnosis.findings().stream().filter(f -> f.severity().equals("high")).count());
        view.put("weakestName", diagnosis.weakestPillar() == null ? null : pillarNames.get(diagnosis.weakestPillar()));
        view.put("weakestSentence", com.salesdx.report.Summary.weakest(diagnosis));
        return view;
    }
}
