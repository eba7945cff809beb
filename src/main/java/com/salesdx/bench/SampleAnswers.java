package com.salesdx.bench;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Varied, valid, fully answered consultant interviews from a fixed seed, so runs compare. */
public final class SampleAnswers {
    private SampleAnswers() {
    }

    public static List<AnswerSet> generate(Knowledge knowledge, String questionnaireId, int count, long seed) {
        return generate(knowledge, questionnaireId, count, new Random(seed));
    }

    /** The next {@code count} from {@code random}: a long run generated a slice at a time gives the same sets. */
    public static List<AnswerSet> generate(Knowledge knowledge, String questionnaireId, int count, Random random) {
        Questionnaire questionnaire = knowledge.questionnaire(questionnaireId).orElseThrow();
        List<AnswerSet> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, GivenAnswer> answers = new LinkedHashMap<>();
            for (QuestionDef q : questionnaire.orderedQuestions()) {
                if (random.nextInt(20) == 0) {
                    answers.put(q.id(), GivenAnswer.dontKnow(q.id(), null));
                } else {
                    answers.put(q.id(), new GivenAnswer(q.id(), value(q, random), false, null));
                }
            }
            sets.add(new AnswerSet(questionnaire.id(), answers, Map.of()));
        }
        return sets;
    }

    static Object value(QuestionDef q, Random random) {
        return switch (q.type()) {
            case YES_NO -> random.nextBoolean();
            case SCALE -> 1 + random.nextInt(5);
            case NUMBER -> (double) Math.round(q.min() + random.nextDouble() * Math.min(q.max() - q.min(), 100));
            case CHOICE -> q.options().get(random.nextInt(q.options().size())).value();
        };
    }
}
