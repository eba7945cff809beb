package com.salesdx.engagement;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnosis.RoleAnswers;
import com.salesdx.engagement.WeightedValues.Weighted;
import com.salesdx.knowledge.Combination;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Combines the respondents of an engagement into one answer per question, as combination.yaml says:
 * the credible witnesses' answers count with their weights, don't-knows and ties are read as it
 * says, and each combined answer keeps how many people it rests on and what each role said.
 * A context question the engagement states is taken from it, for everyone; one it leaves open (say,
 * whether the forecast lands within 10%) combines like any other question.
 */
public final class AnswerCombiner {
    /** Notes of several respondents are joined; past this they are cut, as one answer's note is. */
    private static final int MAX_NOTE = 5_000;

    private final Knowledge knowledge;
    private final Combination combination;
    private final Questionnaire questionnaire;

    public AnswerCombiner(Knowledge knowledge, Combination combination, Questionnaire questionnaire) {
        this.knowledge = knowledge;
        this.combination = combination;
        this.questionnaire = questionnaire;
    }

    /** One respondent's answer to one question of the combined questionnaire. */
    record Given(Respondent respondent, int index, GivenAnswer answer) {
    }

    public CombinedAnswers combine(Engagement engagement) {
        Map<String, List<Given>> byQuestion = Respondents.byQuestion(knowledge, engagement.respondents(), questionnaire);
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        Map<String, CombinedAnswer> combined = new LinkedHashMap<>();
        for (QuestionDef question : questionnaire.orderedQuestions()) {
            GivenAnswer stated = engagement.context().get(question.id());
            if (stated != null) {
                answers.put(question.id(), stated);
                combined.put(question.id(), new CombinedAnswer(question.id(), stated, 0, List.of(), List.of(), List.of(), true));
                continue;
            }
            List<Given> given = byQuestion.getOrDefault(question.id(), List.of());
            if (given.isEmpty()) {
                continue;
            }
            CombinedAnswer answer = combine(question, given);
            combined.put(question.id(), answer);
            answers.put(question.id(), answer.answer());
        }
        return new CombinedAnswers(new AnswerSet(questionnaire.id(), answers, notes(answers)),
                java.util.Collections.unmodifiableMap(combined));
    }

    CombinedAnswer combine(QuestionDef question, List<Given> given) {
        Map<String, Double> witnesses = combination.weights(question);
        List<Given> counted = given.stream().filter(g -> witnesses.getOrDefault(g.respondent().role(), 0.0) > 0).toList();
        Map<String, Double> weights = witnesses;
        if (counted.isEmpty()) {
            // No credible witness answered: everyone counts at the default weights rather than losing the question.
            counted = given;
            weights = combination.defaultWeights();
        }
        double dontKnowWeight = 0;
        List<Weighted> real = new ArrayList<>();
        for (Given g : counted) {
            double weight = Math.max(weights.getOrDefault(g.respondent().role(), 0.0), 1e-6);
            if (g.answer().dontKnow()) {
                dontKnowWeight += weight;
            } else {
                real.add(new Weighted(g.answer().value(), weight));
            }
        }
        double realWeight = real.stream().mapToDouble(Weighted::weight).sum();
        String note = note(given);
        Optional<Object> value = real.isEmpty() || combination.dontKnowNeedsMajority() && dontKnowWeight > realWeight
                ? Optional.empty()
                : WeightedValues.combine(question, combination.rule(question.type()), real);
        GivenAnswer answer = value.map(v -> new GivenAnswer(question.id(), v, false, note))
                .orElseGet(() -> GivenAnswer.dontKnow(question.id(), note));
        // A value rests on those who gave one; a "don't know" rests on everyone counted, who together could not say.
        List<Integer> basis = counted.stream().filter(g -> value.isEmpty() || !g.answer().dontKnow()).map(Given::index).toList();
        return new CombinedAnswer(question.id(), answer, basis.size(), byRole(question, given, weights), basis,
                given.stream().map(Given::index).distinct().toList(), false);
    }

    private List<RoleAnswers> byRole(QuestionDef question, List<Given> given, Map<String, Double> weights) {
        List<RoleAnswers> roles = new ArrayList<>();
        for (Combination.RoleDef role : combination.roles()) {
            List<String> said = given.stream().filter(g -> g.respondent().role().equals(role.id()))
                    .map(g -> g.answer().dontKnow() ? "don't know" : question.display(g.answer().value())).toList();
            if (!said.isEmpty()) {
                roles.add(new RoleAnswers(role.id(), role.label(), said, weights.getOrDefault(role.id(), 0.0) > 0));
            }
        }
        return List.copyOf(roles);
    }

    /** Every respondent's note on the question, each named by role, so nothing a person said is lost. */
    private String note(List<Given> given) {
        StringBuilder out = new StringBuilder();
        for (Given g : given) {
            if (g.answer().note() != null && !g.answer().note().isBlank()) {
                String label = combination.role(g.respondent().role()).map(Combination.RoleDef::label).orElse(g.respondent().role());
                out.append(out.length() == 0 ? "" : " | ").append(g.respondent().describe(label)).append(": ")
                        .append(g.answer().note());
            }
        }
        if (out.length() > MAX_NOTE) {
            out.setLength(MAX_NOTE - 1);
            out.append('…');
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static Map<String, String> notes(Map<String, GivenAnswer> answers) {
        Map<String, String> notes = new LinkedHashMap<>();
        answers.forEach((id, a) -> {
            if (a.note() != null) {
                notes.put(id, a.note());
            }
        });
        return notes;
    }
}
