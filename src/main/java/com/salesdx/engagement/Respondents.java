package com.salesdx.engagement;

import com.salesdx.answers.GivenAnswer;
import com.salesdx.engagement.AnswerCombiner.Given;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lines up what respondents said, question by question, in one questionnaire. An executive who took
 * the quick diagnostic answers at a coarser grain: each of those answers stands for the consultant
 * questions it feeds, as in a single diagnosis.
 */
final class Respondents {
    static final String CONTEXT_SECTION = "context";

    private Respondents() {
    }

    static boolean isContext(QuestionDef question) {
        return CONTEXT_SECTION.equals(question.section());
    }

    /**
     * The questionnaire every respondent's answers land in: the one their questions feed, or their
     * own. Empty when respondents answered questionnaires that do not meet (the caller says so).
     */
    static Optional<Questionnaire> commonQuestionnaire(Knowledge knowledge, List<Respondent> respondents) {
        Set<String> targets = new LinkedHashSet<>();
        for (Respondent r : respondents) {
            Questionnaire own = knowledge.questionnaire(r.answers().questionnaire()).orElseThrow();
            targets.add(own.orderedQuestions().stream().flatMap(q -> q.feeds().stream()).findFirst()
                    .flatMap(knowledge::question).map(QuestionDef::questionnaire).orElse(own.id()));
        }
        return targets.size() == 1 ? knowledge.questionnaire(targets.iterator().next()) : Optional.empty();
    }

    static Map<String, List<Given>> byQuestion(Knowledge knowledge, List<Respondent> respondents, Questionnaire target) {
        Map<String, List<Given>> byQuestion = new LinkedHashMap<>();
        for (int index = 0; index < respondents.size(); index++) {
            Respondent respondent = respondents.get(index);
            for (GivenAnswer answer : respondent.answers().all()) {
                for (String id : targets(knowledge, answer.question(), target)) {
                    final int who = index;
                    GivenAnswer landed = new GivenAnswer(id, answer.value(), answer.dontKnow(), answer.note());
                    byQuestion.computeIfAbsent(id, k -> new ArrayList<>()).add(new Given(respondent, who, landed));
                }
            }
        }
        return byQuestion;
    }

    private static List<String> targets(Knowledge knowledge, String question, Questionnaire target) {
        QuestionDef def = knowledge.question(question).orElseThrow();
        List<String> ids = def.feeds().isEmpty() ? List.of(question) : def.feeds();
        return ids.stream().filter(id -> target.question(id).isPresent()).toList();
    }
}
