package com.salesdx.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated questionnaire: its sections, a lookup of its questions by id, and the questions in asking order. */
public record Questionnaire(String id, String title, String description, List<SectionDef> sections,
        Map<String, QuestionDef> questions, List<QuestionDef> orderedQuestions) {

    public record SectionDef(String id, String pillar, String title, String intro, List<QuestionDef> questions) {
    }

    public static Questionnaire of(String id, String title, String description, List<SectionDef> sections) {
        Map<String, QuestionDef> byId = new LinkedHashMap<>();
        sections.forEach(s -> s.questions().forEach(q -> byId.put(q.id(), q)));
        return new Questionnaire(id, title, description, List.copyOf(sections),
                java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byId)), List.copyOf(byId.values()));
    }

    public Optional<QuestionDef> question(String questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }

}
