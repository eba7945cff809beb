package com.salesdx.web;

import com.salesdx.diagnosis.DiagnosisSummary;
import com.salesdx.service.InterviewState;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an interview screen repaints after each save: counts per section and the provisional findings. */
public final class ProgressJson {
    private ProgressJson() {
    }

    public static Map<String, Object> of(InterviewState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answered", state.answeredCount());
        out.put("questions", state.questionCount());
        out.put("progress", state.progress().stream().map(p -> Map.of("section", p.section(), "title", p.title(),
                "answered", p.answered(), "total", p.total(), "percent", p.percent())).toList());
        out.put("provisional", DiagnosisSummary.of(state.provisional()));
        return out;
    }
}
