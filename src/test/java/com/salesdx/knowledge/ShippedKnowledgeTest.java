package com.salesdx.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleDescription;
import com.salesdx.rules.RuleKind;
import com.salesdx.support.ProjectFiles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShippedKnowledgeTest {
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();
    private final Knowledge knowledge = ruleBase.knowledge();

    @Test
    void theFivePillarsAreDefinedInUpstreamOrder() {
        assertEquals(List.of("strategy", "process", "leadership", "skills", "compensation"),
                knowledge.pillars().stream().map(Pillar::id).toList());
    }

    @Test
    void theCeoDiagnosticHasFiveToTenYesNoQuestionsCoveringEveryPillar() {
        List<QuestionDef> questions = knowledge.questionnaire("ceo").orElseThrow().orderedQuestions();
        assertTrue(questions.size() >= 5 && questions.size() <= 10, "CEO questions: " + questions.size());
        assertTrue(questions.stream().allMatch(q -> q.type() == QuestionType.YES_NO && q.healthyIsYesOrHigh()),
                "every CEO question is yes/no and phrased so that no reveals a gap");
        assertEquals(pillarIds(), questions.stream().map(QuestionDef::pillar).collect(Collectors.toSet()));
        assertTrue(questions.stream().allMatch(q -> !q.feeds().isEmpty()), "every CEO question feeds the shared rules");
    }

    @Test
    void theInterviewGuideHasAtLeastFortyPillarQuestionsOfEveryTypeWithHelp() {
        Questionnaire consultant = knowledge.questionnaire("consultant").orElseThrow();
        List<QuestionDef> pillarQuestions = consultant.orderedQuestions().stream().filter(QuestionDef::belongsToPillar).toList();
        assertTrue(pillarQuestions.size() >= 40, "pillar questions: " + pillarQuestions.size());
        assertEquals(Set.of(QuestionType.values()), consultant.orderedQuestions().stream().map(QuestionDef::type)
                .collect(Collectors.toSet()));
        assertEquals(pillarIds(), pillarQuestions.stream().map(QuestionDef::pillar).collect(Collectors.toSet()));
        assertTrue(consultant.orderedQuestions().stream().allMatch(q -> q.help() != null && !q.help().probe().isBlank()));
        Set<String> context = consultant.orderedQuestions().stream().filter(q -> !q.belongsToPillar()).map(QuestionDef::id)
                .collect(Collectors.toSet());
        assertTrue(context.containsAll(Set.of("context.sales_motion", "context.business_maturity",
                "context.sales_cycle_months", "context.team_size", "context.team_experience", "context.segments_pursued")),
                "context section: " + context);
    }

    @Test
    void thereAreAtLeastTwentyFiveInterventionsAndEachIsUsedByARule() {
        assertTrue(knowledge.interventions().size() >= 25, "interventions: " + knowledge.interventions().size());
        Set<String> used = ruleBase.rules().values().stream().flatMap(r -> r.interventions().stream()).collect(Collectors.toSet());
        Set<String> unused = knowledge.interventions().keySet().stream().filter(id -> !used.contains(id))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), unused, "interventions no rule prescribes");
    }

    @Test
    void thereAreAtLeastFortyRulesAndEveryPillarHasFindings() {
        Map<String, Long> findingsPerPillar = ruleBase.rules().values().stream()
                .filter(r -> r.kind() == RuleKind.FINDING)
                .collect(Collectors.groupingBy(RuleDescription::pillar, Collectors.counting()));
        assertTrue(ruleBase.rules().size() >= 40, "rules: " + ruleBase.rules().size());
        assertEquals(pillarIds(), findingsPerPillar.keySet());
    }

    @Test
    void rulesLiveInFilesNamedByPillarOrCrossPillarTopicAndStaySmall() throws java.io.IOException {
        Set<String> files = ruleBase.rules().values().stream().map(r -> r.file().replaceAll(".*/", ""))
                .collect(Collectors.toSet());
        Set<String> prefixes = new java.util.HashSet<>(pillarIds());
        prefixes.addAll(Set.of("system", "context", "visibility", "perception"));
        for (String file : files) {
            String prefix = file.replaceFirst("(-[a-z]+)?\\.(drl|csv)$", "");
            assertTrue(prefixes.contains(prefix), file + " is named after neither a pillar nor a cross-pillar topic");
        }
        assertTrue(files.containsAll(Set.of("system.drl", "context.drl")), "rule files: " + files);
        for (String pillar : pillarIds()) {
            assertTrue(files.stream().anyMatch(f -> f.startsWith(pillar)), "no rule file for " + pillar + ": " + files);
        }
        try (var drl = java.nio.file.Files.list(com.salesdx.support.ProjectFiles.RULES)) {
            for (java.nio.file.Path path : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                long lines = java.nio.file.Files.readAllLines(path).size();
                assertTrue(lines <= 420, path + " has " + lines + " lines; split it by topic");
            }
        }
    }

    private Set<String> pillarIds() {
        return knowledge.pillars().stream().map(Pillar::id).collect(Collectors.toSet());
    }
}
