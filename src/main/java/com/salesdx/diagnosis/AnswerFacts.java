package com.salesdx.diagnosis;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.facts.Answer;
import com.salesdx.facts.Choice;
import com.salesdx.facts.DontKnow;
import com.salesdx.facts.Numeric;
import com.salesdx.facts.Scale;
import com.salesdx.facts.YesNo;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns validated answers into the typed facts the rules read. A CEO question that feeds
 * consultant questions becomes one fact per fed question, so the same rules fire at both grains.
 */
final class AnswerFacts {
    private AnswerFacts() {
    }

    static List<Answer> of(AnswerSet answers, Questionnaire questionnaire) {
        List<Answer> facts = new ArrayList<>(answers.answers().size());
        for (GivenAnswer given : answers.all()) {
            QuestionDef question = questionnaire.question(given.question()).orElseThrow();
            List<String> targets = question.feeds().isEmpty() ? List.of(question.id()) : question.feeds();
            for (String target : targets) {
                facts.add(fact(question, target, given));
            }
        }
        return facts;
    }

    /** The questions answered yes, an executive answer counting for the questions it feeds. */
    static java.util.Set<String> answeredYes(AnswerSet answers, Questionnaire questionnaire) {
        java.util.Set<String> yes = new java.util.HashSet<>();
        for (GivenAnswer given : answers.all()) {
            if (Boolean.TRUE.equals(given.value())) {
                QuestionDef question = questionnaire.question(given.question()).orElseThrow();
                yes.addAll(question.feeds().isEmpty() ? List.of(question.id()) : question.feeds());
            }
        }
        return yes;
    }

    private static Answer fact(QuestionDef question, String target, GivenAnswer given) {
        if (given.dontKnow()) {
            return new DontKnow(target, question.id());
        }
        return switch (question.type()) {
            case YES_NO -> new YesNo(target, question.id(), (Boolean) given.value());
            case SCALE -> new Scale(target, question.id(), ((Number) given.value()).intValue());
            case NUMBER -> new Numeric(target, question.id(), ((Number) given.value()).doubleValue());
            case CHOICE -> new Choice(target, question.id(), (String) given.value());
        };
    }
}
