package com.salesdx.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engagement cases, scenario style (knowledge-base/engagements/<case>/engagement.yaml + expect.yaml),
 * on the real rules and knowledge base; `check` runs the same cases.
 */
class EngagementCasesTest {
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    @TestFactory
    Stream<DynamicTest> everyEngagementCaseGivesItsExpectedVerdict() {
        Problems problems = new Problems();
        List<EngagementCases.Case> cases = EngagementCases.load(ProjectFiles.KB.resolve("engagements"), ruleBase, problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertTrue(cases.size() >= 3, "cases: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.expect().name(), () -> {
            EngagementCases.Result result = EngagementCases.run(c, ruleBase);
            assertTrue(result.passed(), c.folder() + ": " + result.failures() + "\nfindings: " + result.findings());
        }));
    }

    @Test
    void aCaseWhoseExpectationIsWrongFailsWithTheReason(@TempDir Path temp) throws Exception {
        Path root = ProjectFiles.copyTo(temp);
        Path expect = root.resolve("knowledge-base/engagements/agreeing-team/expect.yaml");
        Files.writeString(expect, Files.readString(expect).replace("present: []", "present: [perception.coaching-unfelt]"));
        Problems problems = new Problems();
        EngagementCases.Case c = EngagementCases.load(root.resolve("knowledge-base/engagements"), ruleBase, problems).stream()
                .filter(x -> x.folder().endsWith("agreeing-team")).findFirst().orElseThrow();
        EngagementCases.Result result = EngagementCases.run(c, ruleBase);
        assertEquals(List.of("expected perception.coaching-unfelt"), result.failures());
    }

    @Test
    void theShippedExampleShowsThePipelineReviewGapAmongTheFirstFindings() {
        Problems problems = new Problems();
        Engagement engagement = new EngagementReader(ruleBase.knowledge())
                .read(Path.of("examples/engagement/round-1/engagement.yaml"), problems)
                .orElseThrow(() -> new AssertionError(problems.list().toString()));
        EngagementDiagnosis d = EngagementDiagnoser.diagnose(ruleBase, engagement);
        List<String> top = d.diagnosis().findings().stream().limit(3).map(FindingResult::id).toList();
        assertTrue(top.contains("perception.pipeline-review-unseen"), "top 3: " + top);
        assertEquals(7, d.engagement().respondents().size());
        assertTrue(d.restsOn("perception.pipeline-review-unseen") >= 6);
    }
}
