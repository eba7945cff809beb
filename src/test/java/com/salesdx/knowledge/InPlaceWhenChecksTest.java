package com.salesdx.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An in_place_when entry that cannot be checked against an answer is reported with the file, never ignored. */
class InPlaceWhenChecksTest {
    private static final String SHIPPED = "in_place_when: [skills.training_format=live_workshops, skills.training_impact_measured=business_results]";

    @TempDir
    Path kb;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "skills.training_format=podcasts | \"podcasts\" is not one of its options: none, slide_events, mixed, live_workshops",
        "skills.training_format | must be a yes/no question whose healthy answer is yes (or question=option for a choice question)",
        "strategy.icp_exists=yes | only a choice question takes =option",
        "skills.no_such_question=live_workshops | which is not a question of any questionnaire"})
    void aSignThatCannotHoldIsReportedWithTheFile(String entry, String words) throws IOException {
        copyShippedKnowledge();
        Path interventions = kb.resolve("interventions.yaml");
        String text = Files.readString(interventions);
        assertTrue(text.contains(SHIPPED), "the shipped workshop-training entry moved: update this test");
        Files.writeString(interventions, text.replace(SHIPPED, "in_place_when: [" + entry + "]"));

        Problems problems = new Problems();
        KnowledgeLoader.load(kb, problems);

        List<Problem> found = problems.list();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).file().endsWith("interventions.yaml"), found.toString());
        assertTrue(found.get(0).message().contains("intervention \"workshop-training\": in_place_when names \"" + entry + "\""),
                found.toString());
        assertTrue(found.get(0).message().contains(words), found.toString());
    }

    private void copyShippedKnowledge() {
        ProjectFiles.copyTree(Path.of("knowledge-base"), kb);
    }
}
