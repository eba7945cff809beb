package com.salesdx.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerFilesAreValidatedTest {
    private final AnswerReader reader = new AnswerReader(ProjectFiles.shippedRuleBase().knowledge());

    @Test
    void validAnswersOfEveryTypeAreReadWithDontKnowKeptApart() {
        Problems problems = new Problems();
        Optional<AnswerSet> set = reader.read("answers.yaml", """
                questionnaire: consultant
                answers:
                  strategy.icp_exists: no
                  strategy.direction_clarity: 4
                  process.crm_required_fields: 45
                  compensation.model: commission_only
                  leadership.coaching_hours: dont_know
                notes:
                  strategy.icp_exists: A slide from 2022.
                """, problems);
        assertEquals(List.of(), problems.list());
        AnswerSet answers = set.orElseThrow();
        assertEquals(Boolean.FALSE, answers.answer("strategy.icp_exists").orElseThrow().value());
        assertEquals("A slide from 2022.", answers.answer("strategy.icp_exists").orElseThrow().note());
        assertEquals(4, answers.answer("strategy.direction_clarity").orElseThrow().value());
        assertEquals(45.0, answers.answer("process.crm_required_fields").orElseThrow().value());
        assertTrue(answers.answer("leadership.coaching_hours").orElseThrow().dontKnow());
        assertTrue(answers.answer("strategy.icp_validated").isEmpty(), "an absent question stays unanswered");
    }

    @Test
    void jsonAnswersAreAcceptedToo() {
        Problems problems = new Problems();
        Optional<AnswerSet> set = reader.read("answers.json",
                "{\"questionnaire\": \"ceo\", \"answers\": {\"ceo.strategy_line_of_sight\": \"no\"}}", problems);
        assertEquals(List.of(), problems.list());
        assertEquals(Boolean.FALSE, set.orElseThrow().answer("ceo.strategy_line_of_sight").orElseThrow().value());
    }

    @Test
    void everyInvalidAnswerIsReportedWithItsQuestionAndLine() {
        Problems problems = new Problems();
        Optional<AnswerSet> set = reader.read("answers.yaml", """
                questionnaire: consultant
                answers:
                  strategy.icp_exist: no
                  strategy.icp_validated: maybe
                  strategy.direction_clarity: 7
                  process.crm_required_fields: 900
                  compensation.model: commission_heavy
                """, problems);
        assertTrue(set.isEmpty());
        List<String> messages = problems.list().stream().map(Problem::toString).toList();
        assertEquals(5, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("answers.yaml:3:3: answers.strategy.icp_exist: unknown question \"strategy.icp_exist\""),
                messages.get(0));
        assertTrue(messages.get(0).endsWith("did you mean strategy.icp_exists?"), messages.get(0));
        assertTrue(messages.get(1).startsWith("answers.yaml:4:27: strategy.icp_validated: expected yes, no or dont_know"),
                messages.get(1));
        assertTrue(messages.get(2).contains("strategy.direction_clarity: expected a whole number from 1 to 5"), messages.get(2));
        assertTrue(messages.get(3).contains("process.crm_required_fields: 900 is out of range; expected 0 to 200 fields"),
                messages.get(3));
        assertTrue(messages.get(4).contains("compensation.model: expected one of salary_bonus, base_commission, commission_only"),
                messages.get(4));
    }

    @Test
    void anUnknownQuestionnaireIsNamedWithTheKnownOnes() {
        Problems problems = new Problems();
        reader.read("answers.yaml", "questionnaire: cfo\nanswers: {}\n", problems);
        assertEquals("answers.yaml:1:16: questionnaire: unknown questionnaire \"cfo\"; expected one of ceo, consultant",
                problems.list().get(0).toString());
    }
}
