package com.salesdx.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Engagement cases, scenario style: each folder of src/test/resources/engagements/ holds an engagement
 * file, its respondents' answer files and expect.yaml (what must and must not be concluded, and how
 * many respondents some answers rest on). Run on the real rules and knowledge base.
 */
class EngagementCasesTest {
    private static final Path CASES = Path.of("src/test/resources/engagements");
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    /** expect.yaml as written. */
    record Expect(String name, List<String> present, List<String> absent, Boolean noPerceptionFindings,
            String firstAmongMedium, Map<String, Integer> restsOn) {
    }

    @TestFactory
    Stream<DynamicTest> everyEngagementCaseGivesItsExpectedVerdict() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            List<Path> cases = folders.filter(Files::isDirectory).sorted().toList();
            assertTrue(cases.size() >= 3, "cases: " + cases);
            return cases.stream().map(folder -> {
                Expect expect = expect(folder);
                return DynamicTest.dynamicTest(expect.name(), () -> check(folder, expect));
            });
        }
    }

    @Test
    void theShippedExampleShowsThePipelineReviewGapAmongTheFirstFindings() {
        EngagementDiagnosis d = diagnose(Path.of("examples/engagement/round-1/engagement.yaml"));
        List<String> top = d.diagnosis().findings().stream().limit(3).map(FindingResult::id).toList();
        assertTrue(top.contains("perception.pipeline-review-unseen"), "top 3: " + top);
        assertEquals(7, d.engagement().respondents().size());
        assertTrue(d.restsOn("perception.pipeline-review-unseen") >= 6);
    }

    private void check(Path folder, Expect expect) {
        EngagementDiagnosis d = diagnose(folder.resolve("engagement.yaml"));
        List<String> ids = d.diagnosis().findings().stream().map(FindingResult::id).toList();
        for (String id : expect.present()) {
            assertTrue(ids.contains(id), id + " missing from " + ids);
        }
        for (String id : expect.absent()) {
            assertTrue(!ids.contains(id), id + " should not be concluded: " + ids);
        }
        if (Boolean.TRUE.equals(expect.noPerceptionFindings())) {
            assertEquals(List.of(), d.perceptionFindings().stream().map(FindingResult::id).toList());
        }
        if (expect.firstAmongMedium() != null) {
            String first = d.diagnosis().findings().stream().filter(f -> f.severity().equals("medium")).findFirst()
                    .map(FindingResult::id).orElse(null);
            assertEquals(expect.firstAmongMedium(), first);
        }
        if (expect.restsOn() != null) {
            expect.restsOn().forEach((question, n) -> assertEquals(n,
                    d.combined().question(question).orElseThrow(() -> new AssertionError(question + " not answered")).restsOn(),
                    question + " rests on"));
        }
    }

    private EngagementDiagnosis diagnose(Path file) {
        Problems problems = new Problems();
        Engagement engagement = new EngagementReader(ruleBase.knowledge()).read(file, problems)
                .orElseThrow(() -> new AssertionError(problems.list().toString()));
        return EngagementDiagnoser.diagnose(ruleBase, engagement);
    }

    private static Expect expect(Path folder) {
        Problems problems = new Problems();
        Path file = folder.resolve("expect.yaml");
        return YamlReader.read(file, file.toString(), Expect.class, problems)
                .orElseThrow(() -> new AssertionError(problems.list().toString()));
    }
}
