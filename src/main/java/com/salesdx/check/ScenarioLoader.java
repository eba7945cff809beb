package com.salesdx.check;

import com.salesdx.answers.AnswerReader;
import com.salesdx.answers.AnswerSet;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleKind;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import com.salesdx.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads knowledge-base/scenarios/*.yaml. Expectations that name an unknown finding or pillar are
 * errors: a scenario that expects a misspelt finding to be absent would pass for ever.
 */
public final class ScenarioLoader {
    private static final Set<String> KEYS = Set.of("name", "story", "questionnaire", "respondent", "answers", "notes",
            "expect");

    private ScenarioLoader() {
    }

    public static List<Scenario> load(Path folder, RuleBase ruleBase, Problems problems) {
        List<Scenario> scenarios = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return scenarios;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                YamlReader.parse(file, file.normalize().toString(), problems)
                        .flatMap(doc -> scenario(doc, ruleBase, problems)).ifPresent(scenarios::add);
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(folder.toString(), "cannot list scenarios: " + e.getMessage()));
        }
        return scenarios;
    }

    private static Optional<Scenario> scenario(YamlDocument doc, RuleBase ruleBase, Problems problems) {
        if (!(doc.root() instanceof Map<?, ?> root)) {
            problems.add(doc.problem("", "a scenario is a map with name, questionnaire, answers and expect"));
            return Optional.empty();
        }
        int before = problems.size();
        root.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k -> problems.add(doc.keyProblem("/" + k,
                "unknown key \"" + k + "\"; expected one of " + KEYS.stream().sorted().collect(Collectors.joining(", ")))));
        if (!(root.get("name") instanceof String name) || name.isBlank()) {
            problems.add(doc.problem("/name", "is required: say what the scenario proves"));
            return Optional.empty();
        }
        Map<String, Object> answerPart = new LinkedHashMap<>();
        for (String key : List.of("questionnaire", "respondent", "answers", "notes")) {
            if (root.containsKey(key)) {
                answerPart.put(key, root.get(key));
            }
        }
        Optional<AnswerSet> answers = new AnswerReader(ruleBase.knowledge()).read(doc, "", answerPart, problems);
        Optional<Expectation> expect = root.get("expect") == null ? Optional.empty()
                : YamlReader.bind(doc, "/expect", root.get("expect"), Expectation.class, problems);
        if (root.get("expect") == null) {
            problems.add(doc.problem("/expect", "is required: the findings expected present or absent"));
        }
        expect.ifPresent(e -> checkNames(doc, e, ruleBase, problems));
        if (problems.size() > before || answers.isEmpty() || expect.isEmpty()) {
            return Optional.empty();
        }
        String story = root.get("story") instanceof String s ? s.strip() : null;
        return Optional.of(new Scenario(name, doc.file(), 1, answers.get(), expect.get(), story));
    }

    private static void checkNames(YamlDocument doc, Expectation expect, RuleBase ruleBase, Problems problems) {
        Set<String> findings = ruleBase.rules().values().stream().filter(r -> r.kind() == RuleKind.FINDING)
                .map(r -> r.id()).collect(Collectors.toSet());
        checkIds(doc, "/expect/present", expect.presentOrEmpty(), findings, "finding", problems);
        checkIds(doc, "/expect/absent", expect.absentOrEmpty(), findings, "finding", problems);
        checkIds(doc, "/expect/primary", expect.primaryOrEmpty(), findings, "finding", problems);
        checkIds(doc, "/expect/top_interventions", expect.topInterventionsOrEmpty(),
                ruleBase.knowledge().interventions().keySet(), "intervention", problems);
        Set<String> pillars = ruleBase.knowledge().pillars().stream().map(p -> p.id()).collect(Collectors.toSet());
        checkIds(doc, "/expect/not_assessed", expect.notAssessedOrEmpty(), pillars, "pillar", problems);
        if (expect.weakestPillar() != null) {
            checkIds(doc, "/expect/weakest_pillar", List.of(expect.weakestPillar()), pillars, "pillar", problems);
        }
    }

    private static void checkIds(YamlDocument doc, String at, List<String> ids, Set<String> known, String what,
            Problems problems) {
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                problems.add(doc.problem(at + (at.endsWith("pillar") ? "" : "/" + i), "no " + what + " \"" + ids.get(i)
                        + "\" exists in the " + (what.equals("intervention") ? "knowledge base" : "rules")));
            }
        }
    }
}
