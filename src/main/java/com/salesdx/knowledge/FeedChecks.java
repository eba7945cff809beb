package com.salesdx.knowledge;

import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.util.Collection;
import java.util.Map;

/**
 * A CEO question "feeds" consultant questions: its answer stands in for theirs. That is only
 * honest when both are yes/no questions with the same healthy answer, in another questionnaire.
 */
final class FeedChecks {
    private final Problems problems;
    private final Map<String, QuestionDef> questions;

    FeedChecks(Problems problems, Map<String, QuestionDef> questions) {
        this.problems = problems;
        this.questions = questions;
    }

    void check(Collection<Questionnaire> questionnaires) {
        for (Questionnaire questionnaire : questionnaires) {
            for (QuestionDef from : questionnaire.orderedQuestions()) {
                for (String target : from.feeds()) {
                    check(from, target);
                }
            }
        }
    }

    private void check(QuestionDef from, String targetId) {
        QuestionDef target = questions.get(targetId);
        if (target == null) {
            fail(from, "feeds unknown question \"" + targetId + "\"");
        } else if (target.questionnaire().equals(from.questionnaire())) {
            fail(from, "feeds \"" + targetId + "\" in its own questionnaire; feeds point to another questionnaire");
        } else if (target.type() != QuestionType.YES_NO) {
            fail(from, "feeds \"" + targetId + "\", a " + target.type() + " question; only yes_no questions can be fed");
        } else if (target.healthyIsYesOrHigh() != from.healthyIsYesOrHigh()) {
            fail(from, "feeds \"" + targetId + "\" whose healthy answer is the opposite; reword one of them");
        } else if (!target.feeds().isEmpty()) {
            fail(from, "feeds \"" + targetId + "\", which feeds other questions itself; feed the final question");
        }
    }

    private void fail(QuestionDef from, String message) {
        problems.add(new Problem(from.file(), from.line(), 0, from.id() + ".feeds", message));
    }
}
