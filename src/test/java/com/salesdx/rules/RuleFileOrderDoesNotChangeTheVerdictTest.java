package com.salesdx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesdx.check.Scenario;
import com.salesdx.check.ScenarioLoader;
import com.salesdx.check.ScenarioRunner;
import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files load in name order. Splitting a file once moved coaching findings ahead of the rule
 * deriving "the span is too wide" they stand aside for, and they fired anyway. Derived facts now
 * settle before any finding (DerivesFirst); this loads every file in the reverse order and expects
 * every scenario and client case to give the same verdict.
 */
class RuleFileOrderDoesNotChangeTheVerdictTest {
    @TempDir
    Path temp;

    @Test
    void everyScenarioAndCasePassesWithTheRuleFilesLoadedInReverseOrder() throws IOException {
        Path root = ProjectFiles.copyTo(temp);
        Path rules = root.resolve("rules");
        List<Path> files;
        try (Stream<Path> listed = Files.list(rules)) {
            files = listed.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        java.util.Map<String, String> prefixOfPillar = new java.util.HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String prefix = String.format("%03d-", files.size() - i);
            String name = files.get(i).getFileName().toString();
            prefixOfPillar.putIfAbsent(name.replaceFirst("[-.].*", ""), prefix);
            Files.move(files.get(i), rules.resolve(prefix + name));
        }
        // A decision table moves with its pillar's rule file: where its rules rank against that file's
        // (a tie between two findings goes to the earlier file) is the table author's choice, not load order.
        try (Stream<Path> listed = Files.list(rules)) {
            for (Path table : listed.filter(p -> p.toString().endsWith(".csv")).toList()) {
                String name = table.getFileName().toString();
                Files.move(table, rules.resolve(prefixOfPillar.getOrDefault(name.replaceFirst("[-.].*", ""), "") + name));
            }
        }

        RuleBase ruleBase = RuleBaseBuilder.build(rules, root.resolve("knowledge-base"));
        List<String> failures = new ArrayList<>();
        for (String folder : List.of("scenarios", "cases")) {
            Problems problems = new Problems();
            for (Scenario scenario : ScenarioLoader.load(root.resolve("knowledge-base").resolve(folder), ruleBase, problems)) {
                ScenarioRunner.run(scenario, ruleBase).failures().forEach(f -> failures.add(scenario.file() + ": " + f));
            }
            assertEquals(List.of(), problems.list());
        }
        assertEquals(List.of(), failures);
    }
}
