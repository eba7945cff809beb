package com.salesdx.web.engagements;

import com.salesdx.interview.FinishedInterviews;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.store.Database;
import com.salesdx.store.Interview;
import com.salesdx.web.engagements.EngagementService.RespondentAnswers;
import java.util.Set;

/**
 * Where each respondent's interview stands (not started, N of M answered, finished), and finishing or
 * reopening it. A finished respondent interview is read-only through the same table as any finished
 * interview, so every save path refuses it alike; unlike a single interview it stores no diagnosis of
 * its own, since the engagement report combines everyone's answers as they stand.
 */
final class RespondentProgress {
    private final FinishedInterviews finished;

    RespondentProgress(Database database) {
        this.finished = new FinishedInterviews(database.jdbi());
    }

    /**
     * {@code answered} counts questions of the respondent's questionnaire with a value or a "don't know", leaving out
     * the context questions the engagement states (never asked of a respondent: see RespondentQuestions).
     */
    record Status(int answered, int questions, boolean finished) {
        String words() {
            if (finished) {
                return "finished (" + answered + " of " + questions + " answered)";
            }
            return answered == 0 ? "not started" : answered + " of " + questions + " answered";
        }

        String code() {
            return finished ? "finished" : answered == 0 ? "not_started" : "in_progress";
        }
    }

    Status of(RespondentAnswers r, Knowledge knowledge, Set<String> stated) {
        Questionnaire questionnaire = knowledge.questionnaire(r.interview().questionnaire()).orElseThrow();
        int questions = 0;
        int answered = 0;
        for (Questionnaire.SectionDef section : questionnaire.sections()) {
            for (var question : section.questions()) {
                if (stated.contains(question.id())) {
                    continue;
                }
                questions++;
                var answer = r.answers().get(question.id());
                if (answer != null && (answer.value() != null || answer.dontKnow())) {
                    answered++;
                }
            }
        }
        return new Status(answered, questions, isFinished(r.interview()));
    }

    boolean isFinished(Interview interview) {
        return finished.finishedWith(interview.id()).isPresent();
    }

    /** Makes the interview read-only; finishing a finished interview changes nothing. */
    void finish(Interview interview) {
        finished.claim(interview.id());
    }

    /** Makes the interview editable again; reopening an open one changes nothing. */
    void reopen(Interview interview) {
        finished.reopen(interview.id());
    }
}
