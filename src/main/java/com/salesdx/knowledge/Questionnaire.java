package com.salesdx.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated questionnaire: its sections, a lookup of its questions by id, the questions in asking
 * order, and for a question another one feeds (an executive question standing for consultant ones),
 * the questions that feed it.
 */
public record Questionnaire(String id, String title, String description, List<SectionDef> sections,
        Map<String, QuestionDef> questions, List<QuestionDef> orderedQuestions, Map<String, List<String>> fedBy) {

    public record SectionDef(String id, String pillar, String title, String intro, List<QuestionDef> questions) {
    }

    public static Questionnaire of(String id, String title, String description, List<SectionDef> sections) {
        Map<String, QuestionDef> byId = new LinkedHashMap<>();
        sections.forEach(s -> s.questions().forEach(q -> byId.put(q.id(), q)));
        Map<String, List<String>> fedBy = new java.util.HashMap<>();
        for (QuestionDef question : byId.values()) {
            for (String fed : question.feeds()) {
                fedBy.computeIfAbsent(fed, f -> new java.util.ArrayList<>()).add(question.id());
            }
        }
        fedBy.replaceAll((fed, feeders) -> List.copyOf(feeders));
        return new Questionnaire(id, title, description, List.copyOf(sections),
                java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byId)), List.copyOf(byId.values()),
                java.util.Collections.unmodifiableMap(fedBy));
    }

    /** The questions of this questionnaire that feed {@code questionId} (empty for most). */
    public List<String> feedersOf(String questionId) {
        return fedBy.getOrDefault(questionId, List.of());
    }

    public Optional<QuestionDef> question(String questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }

}
