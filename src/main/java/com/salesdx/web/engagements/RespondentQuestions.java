package com.salesdx.web.engagements;

import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.service.InterviewState;
import com.salesdx.store.StoredAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a respondent is asked, by the consultant or through their private link: the interview without the
 * context questions the engagement already states (the screens, their counts and the engagement's status). Nothing the diagnosis needs is lost, since the
 * engagement's stated context replaces every respondent's answer to those questions (AnswerCombiner);
 * a context question the engagement leaves open is still asked, and counts in the progress.
 */
final class RespondentQuestions {
    private RespondentQuestions() {
    }

    static InterviewState without(InterviewState state, Set<String> stated) {
        if (stated.isEmpty()) {
            return state;
        }
        List<Questionnaire.SectionDef> sections = new ArrayList<>();
        List<InterviewState.SectionProgress> progress = new ArrayList<>();
        for (Questionnaire.SectionDef section : state.questionnaire().sections()) {
            List<QuestionDef> asked = section.questions().stream().filter(q -> !stated.contains(q.id())).toList();
            if (asked.isEmpty()) {
                continue; // a section the engagement answers entirely is not shown at all
            }
            sections.add(new Questionnaire.SectionDef(section.id(), section.pillar(), section.title(), section.intro(), asked));
            progress.add(new InterviewState.SectionProgress(section.id(), section.title(), section.pillar(),
                    answered(asked, state.answers()), asked.size()));
        }
        Questionnaire full = state.questionnaire();
        return new InterviewState(state.interview(), Questionnaire.of(full.id(), full.title(), full.description(), sections),
                state.answers(), progress, state.provisional(), state.finishedWith());
    }

    private static int answered(List<QuestionDef> questions, Map<String, StoredAnswer> answers) {
        return (int) questions.stream().map(q -> answers.get(q.id()))
                .filter(a -> a != null && (a.value() != null || a.dontKnow())).count();
    }
}
