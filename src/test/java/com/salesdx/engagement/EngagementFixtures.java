package com.salesdx.engagement;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.rules.RuleBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds engagements in code for the tests: respondents with a role and a few consultant answers. */
final class EngagementFixtures {
    private final List<Respondent> respondents = new ArrayList<>();
    private final Map<String, GivenAnswer> context = new LinkedHashMap<>();

    static EngagementFixtures engagement() {
        return new EngagementFixtures();
    }

    /** answers alternate question id and value; "dont_know" is a don't-know. */
    EngagementFixtures respondent(String role, Object... answers) {
        return respondentOf("consultant", role, answers);
    }

    EngagementFixtures respondentOf(String questionnaire, String role, Object... answers) {
        Map<String, GivenAnswer> given = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i += 2) {
            String id = (String) answers[i];
            given.put(id, "dont_know".equals(answers[i + 1]) ? GivenAnswer.dontKnow(id, null)
                    : new GivenAnswer(id, answers[i + 1], false, null));
        }
        respondents.add(new Respondent(role + "-" + respondents.size(), role, new AnswerSet(questionnaire, given, Map.of())));
        return this;
    }

    EngagementFixtures context(String question, Object value) {
        context.put(question, new GivenAnswer(question, value, false, null));
        return this;
    }

    Engagement build() {
        return new Engagement("Test client", "Test sector", "Round 1", context, respondents, List.of(), null);
    }

    EngagementDiagnosis diagnose(RuleBase ruleBase) {
        return EngagementDiagnoser.diagnose(ruleBase, build());
    }
}
