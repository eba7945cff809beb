package com.salesdx.web;

import com.salesdx.knowledge.Option;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A questionnaire as the API publishes it: what a client needs to ask and validate, nothing internal. */
final class QuestionnaireView {
    private QuestionnaireView() {
    }

    static Map<String, Object> of(Questionnaire questionnaire) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", questionnaire.id());
        out.put("title", questionnaire.title());
        out.put("description", questionnaire.description());
        out.put("sections", questionnaire.sections().stream().map(section -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", section.id());
            s.put("pillar", section.pillar());
            s.put("title", section.title());
            s.put("intro", section.intro());
            s.put("questions", section.questions().stream().map(QuestionnaireView::question).toList());
            return s;
        }).toList());
        return out;
    }

    static Map<String, Object> question(QuestionDef q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("pillar", q.pillar());
        out.put("text", q.text());
        out.put("type", q.type().toString());
        switch (q.type()) {
            case YES_NO -> out.put("healthy", q.healthyIsYesOrHigh() ? "yes" : "no");
            case SCALE -> {
                out.put("low", q.low());
                out.put("high", q.high());
                out.put("healthy", q.healthyIsYesOrHigh() ? "high" : "low");
            }
            case NUMBER -> {
                out.put("unit", q.unit());
                out.put("min", q.min());
                out.put("max", q.max());
                out.put("integer", q.integer());
            }
            case CHOICE -> out.put("options", q.options().stream().map(QuestionnaireView::option).toList());
        }
        out.put("help", Map.of("strong", q.help().strong(), "probe", q.help().probe()));
        if (!q.feeds().isEmpty()) {
            out.put("feeds", q.feeds());
        }
        return out;
    }

    private static Map<String, Object> option(Option o) {
        return Map.of("value", o.value(), "label", o.label());
    }

    static List<String> ids(List<Questionnaire> all) {
        return all.stream().map(Questionnaire::id).toList();
    }
}
