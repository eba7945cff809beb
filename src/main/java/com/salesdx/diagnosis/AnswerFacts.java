package com.salesdx.diagnosis;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.facts.Answer;
import com.salesdx.facts.Choice;
import com.salesdx.facts.DontKnow;
import com.salesdx.facts.Numeric;
import com.salesdx.facts.Scale;
import com.salesdx.facts.YesNo;
import com.salesdx.knowledge.InPlaceSign;
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
            if (question.feeds().isEmpty()) {
                facts.add(fact(question, question.id(), given));
                continue;
            }
            for (String target : question.feeds()) {
                facts.add(fact(question, target, given));
            }
        }
        return facts;
    }

    /** Whether an in_place_when sign holds: its choice given, or its yes/no question answered yes. */
    static boolean given(AnswerSet answers, Questionnaire questionnaire, InPlaceSign sign) {
        if (sign.isChoice()) {
            GivenAnswer choice = answers.answers().get(sign.question());
            return choice != null && sign.option().equals(choice.value());
        }
        return answeredYes(answers, questionnaire, sign.question());
    }

    /**
     * Whether {@code questionId} counts as answered yes: answered yes itself, or an executive question
     * that feeds it was. Asked of the few questions that show a remedy is already in place.
     */
    static boolean answeredYes(AnswerSet answers, Questionnaire questionnaire, String questionId) {
        QuestionDef own = questionnaire.questions().get(questionId);
        if (own != null && own.feeds().isEmpty() && isYes(answers.answers().get(questionId))) {
            return true;
        }
        for (String feeder : questionnaire.feedersOf(questionId)) {
            if (isYes(answers.answers().get(feeder))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYes(GivenAnswer given) {
        return given != null && Boolean.TRUE.equals(given.value());
    }

    private static Answer fact(QuestionDef question, String target, GivenAnswer given) {
        return typed(question, target, given).madeFrom(question, given);
    }

    private static Answer typed(QuestionDef question, String target, GivenAnswer given) {
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
