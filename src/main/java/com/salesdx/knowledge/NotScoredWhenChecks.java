package com.salesdx.knowledge;

import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A question's {@code not_scored_when} leaves it out of its pillar's score in some contexts. The
 * context must be a choice question of the same questionnaire, named by options it really has, and
 * the question must be scored at all; anything else would silently never apply.
 */
final class NotScoredWhenChecks {
    private final Problems problems;

    NotScoredWhenChecks(Problems problems) {
        this.problems = problems;
    }

    void check(Collection<Questionnaire> questionnaires) {
        for (Questionnaire questionnaire : questionnaires) {
            for (QuestionDef question : questionnaire.orderedQuestions()) {
                if (question.notScoredWhen().isEmpty()) {
                    continue;
                }
                if (!question.scored()) {
                    fail(question, "only a scored question can be left out of the score; this one is never scored");
                }
                question.notScoredWhen().forEach((context, options) -> check(questionnaire, question, context, options));
            }
        }
    }

    private void check(Questionnaire questionnaire, QuestionDef question, String contextId, List<String> options) {
        QuestionDef context = questionnaire.questions().get(contextId);
        if (context == null) {
            fail(question, "names \"" + contextId + "\", which is not a question of the " + questionnaire.id() + " questionnaire");
        } else if (context.type() != QuestionType.CHOICE) {
            fail(question, "names \"" + contextId + "\", a " + context.type() + " question; only a choice question can set the context");
        } else if (options == null || options.isEmpty()) {
            fail(question, "gives no option of \"" + contextId + "\"; list the options in which the question is left out");
        } else {
            for (String option : options) {
                if (context.option(option).isEmpty()) {
                    fail(question, "\"" + option + "\" is not an option of \"" + contextId + "\": "
                            + String.join(", ", context.options().stream().map(Option::value).toList()));
                }
            }
        }
    }

    private void fail(QuestionDef question, String message) {
        problems.add(new Problem(question.file(), question.line(), 0, question.id() + ".not_scored_when", message));
    }
}
