package com.salesdx.engagement;

import com.salesdx.engagement.AnswerCombiner.Given;
import com.salesdx.engagement.WeightedValues.Weighted;
import com.salesdx.facts.Gap;
import com.salesdx.knowledge.Combination;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.QuestionType;
import com.salesdx.knowledge.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds where the two sides of combination.yaml's {@code perception} (leaders, sellers) answered a
 * question differently, as {@link Gap} facts. Each side's answer is combined with the same methods,
 * every respondent counting once; don't-knows are left out. Whether a gap is a finding is for the
 * rules (rules/perception.drl) to decide, not for this class.
 */
final class PerceptionGaps {
    private PerceptionGaps() {
    }

    static List<Gap> find(Knowledge knowledge, Combination combination, Questionnaire questionnaire, Engagement engagement) {
        Combination.Perception sides = combination.perception();
        Map<String, List<Given>> byQuestion = Respondents.byQuestion(knowledge, engagement.respondents(), questionnaire);
        List<Gap> gaps = new ArrayList<>();
        for (QuestionDef question : questionnaire.orderedQuestions()) {
            List<Given> given = byQuestion.getOrDefault(question.id(), List.of());
            if (given.isEmpty() || engagement.context().containsKey(question.id())) {
                continue;
            }
            Combination.TypeRule rule = combination.rule(question.type());
            Optional<Object> leaders = side(question, rule, given, sides.leaders(), sides.minPerSide());
            Optional<Object> sellers = side(question, rule, given, sides.sellers(), sides.minPerSide());
            if (leaders.isPresent() && sellers.isPresent()) {
                gap(question, leaders.get(), sellers.get()).ifPresent(gaps::add);
            }
        }
        return gaps;
    }

    private static Optional<Object> side(QuestionDef question, Combination.TypeRule rule, List<Given> given,
            List<String> roles, int minimum) {
        List<Weighted> values = given.stream().filter(g -> roles.contains(g.respondent().role()) && !g.answer().dontKnow())
                .map(g -> new Weighted(g.answer().value(), 1)).toList();
        return values.size() < minimum ? Optional.empty() : WeightedValues.combine(question, rule, values);
    }

    private static Optional<Gap> gap(QuestionDef question, Object leaders, Object sellers) {
        double spread = question.type() == QuestionType.SCALE || question.type() == QuestionType.NUMBER
                ? Math.abs(((Number) leaders).doubleValue() - ((Number) sellers).doubleValue())
                : leaders.equals(sellers) ? 0 : 1;
        if (spread == 0) {
            return Optional.empty();
        }
        OptionalDouble leadersHealth = Health.of(question, leaders);
        OptionalDouble sellersHealth = Health.of(question, sellers);
        boolean known = leadersHealth.isPresent() && sellersHealth.isPresent();
        return Optional.of(new Gap(question.id(), known && leadersHealth.getAsDouble() > sellersHealth.getAsDouble(),
                known && sellersHealth.getAsDouble() > leadersHealth.getAsDouble(), spread,
                question.display(leaders), question.display(sellers)));
    }
}
