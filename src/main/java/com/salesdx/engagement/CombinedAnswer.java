package com.salesdx.engagement;

import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnosis.RoleAnswers;
import java.util.List;

/**
 * One question's answer for the whole engagement: the combined answer, how many respondents it rests
 * on (those counted and agreeing in kind: real answers, or don't-knows when that is the outcome), how
 * many answered at all, what each role said, and which respondents (by their place in the engagement) it
 * rests on and which answered it. {@code fromContext} marks an answer the engagement
 * stated once for everyone.
 */
public record CombinedAnswer(String question, GivenAnswer answer, int restsOn, List<RoleAnswers> byRole,
        List<Integer> respondents, List<Integer> answeredBy, boolean fromContext) {

    /** How many respondents answered the question at all, witnesses or not. */
    public int answered() {
        return answeredBy.size();
    }
}
