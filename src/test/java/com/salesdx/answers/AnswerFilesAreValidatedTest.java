package com.salesdx.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerFilesAreValidatedTest {
    private final AnswerReader reader = new AnswerReader(ProjectFiles.shippedRuleBase().knowledge());

    @Test
    void aFiftyMegabyteAnswerFileIsRefusedFromItsSizeBeforeAnyParsing(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        Problems problems = new Problems();
        long started = System.nanoTime();
        Optional<AnswerSet> answers = reader.read(huge, problems);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(answers.isEmpty());
        assertEquals(huge + ": the file is 50.0 MB; an answer file may be at most 1 MB (a full interview with notes is "
                + "a few KB)", problems.list().get(0).toString());
        assertTrue(millis < 1_000, "refusing took " + millis + " ms");
    }

    @Test
    void aliasBombsAndDeepNestingAreRefusedWithTheirLine(@TempDir Path dir) throws IOException {
        StringBuilder bomb = new StringBuilder("questionnaire: ceo\n");
        bomb.append("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ").repeat(9))
                    .append('*').append((char) (c - 1)).append("]\n");
        }
        Problems problems = new Problems();
        assertTrue(reader.read(Files.writeString(dir.resolve("bomb.yaml"), bomb), problems).isEmpty());
        assertTrue(problems.list().get(0).toString().matches(".*bomb\\.yaml:\\d+:\\d+: .*"), problems.list().toString());

        String deep = "questionnaire: ceo\nanswers:\n" + "  ".repeat(1) + "x: " + "[".repeat(200) + "]".repeat(200) + "\n";
        Problems nesting = new Problems();
        assertTrue(reader.read(Files.writeString(dir.resolve("deep.yaml"), deep), nesting).isEmpty());
        assertTrue(nesting.list().get(0).toString().matches(".*deep\\.yaml:3:\\d+: .*"), nesting.list().toString());
    }

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
        assertEquals("answers.yaml:4:27: answers.strategy.icp_validated: expected yes, no or dont_know, not \"maybe\"",
                messages.get(1), "a bad value is named answers.<question> like an unknown question");
        assertTrue(messages.get(2).endsWith("answers.strategy.direction_clarity: expected a whole number from 1 to 5 or dont_know, "
                + "not 7"), messages.get(2));
        assertTrue(messages.get(3).endsWith("answers.process.crm_required_fields: 900 is out of range: expected a whole number from "
                + "0 to 200 fields"), messages.get(3));
        assertTrue(messages.get(4).endsWith("answers.compensation.model: expected one of salary_bonus, base_commission, "
                + "commission_only or dont_know, not \"commission_heavy\""), messages.get(4));
    }

    @Test
    void valuesOfTheWrongKindAreDescribedInPlainWordsNeverInJavasOwn() {
        Problems problems = new Problems();
        reader.read("answers.yaml", """
                questionnaire: consultant
                answers:
                  strategy.icp_exists: {a: 1}
                  strategy.icp_validated: [yes]
                  context.sales_cycle_months: 1e308
                  process.forecast_accuracy: -1e300
                  strategy.direction_clarity: 2.5
                """, problems);
        List<String> messages = problems.list().stream().map(Problem::message).toList();
        assertEquals(List.of("expected yes, no or dont_know, not an object", "expected yes, no or dont_know, not a list",
                "a number that large is out of range: expected a number from 0 to 60 months",
                "a negative number that large is out of range: expected a number from 0 to 100 %",
                "expected a whole number from 1 to 5 or dont_know, not 2.5"), messages);
    }

    @Test
    void aQuestionnaireOfTheWrongTypeAndAnswersThatAreNoMapAreReportedTogether() {
        Problems problems = new Problems();
        reader.read("answers.yaml", "questionnaire: 123\nanswers: x\n", problems);
        assertEquals(List.of("answers.yaml:1:16: questionnaire: must be a string naming one of ceo, consultant, not 123",
                "answers.yaml:2:10: answers: expected a map of question id to answer, not \"x\""),
                problems.list().stream().map(Problem::toString).toList());
    }

    @Test
    void anUnknownQuestionnaireIsNamedWithTheKnownOnes() {
        Problems problems = new Problems();
        reader.read("answers.yaml", "questionnaire: cfo\nanswers: {}\n", problems);
        assertEquals("answers.yaml:1:16: questionnaire: unknown questionnaire \"cfo\"; expected one of ceo, consultant",
                problems.list().get(0).toString());
    }
}
