package com.salesdx.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.service.DiagnosisService;
import com.salesdx.support.LiveFolder;
import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits saved to a watched copy of the shipped rules and knowledge base, as a domain expert saves them. */
class HotReloadTest {
    private static final String RULE = "Strategy: many segments pursued at once before the profile is proven spreads the team thin";
    private static final String FINDING = "strategy.segments-before-validation";

    @TempDir
    Path temp;
    LiveFolder folder;
    LiveRules live;
    DiagnosisService diagnoses;
    Map<String, Object> answers;

    @BeforeEach
    void start() throws Exception {
        folder = new LiveFolder(temp);
        live = folder.start(null);
        diagnoses = new DiagnosisService(live.holder(), null);
        answers = LiveFolder.growthCompany();
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private List<String> findings() {
        Diagnosis diagnosis = diagnoses.preview(answers);
        return diagnosis.findings().stream().map(Diagnosis.FindingResult::id).toList();
    }

    @Test
    void aRulesFolderReplacedWholesaleIsWatchedAgainAndLaterEditsGoLive() throws Exception {
        String original = folder.read("rules/strategy.drl");
        Path other = Files.createDirectories(temp.resolve("other"));
        ProjectFiles.copyTree(folder.rules, other.resolve("rules"));
        Files.writeString(other.resolve("rules/strategy.drl"), folder.without("rules/strategy.drl", RULE));

        // rm -rf rules && cp -r other/rules rules
        deleteTree(folder.rules);
        ProjectFiles.copyTree(other.resolve("rules"), folder.rules);
        folder.awaitLive(live);
        assertFalse(findings().contains(FINDING), "the replacing folder's rules are live");
        assertTrue(live.watching());

        folder.write("rules/strategy.drl", original);
        folder.awaitLive(live);
        assertTrue(findings().contains(FINDING), "an edit in the new folder goes live");
    }

    @Test
    void aFolderSwappedInByRenameIsWatchedAgain() throws Exception {
        Path staged = temp.resolve("rules.new");
        ProjectFiles.copyTree(folder.rules, staged);
        Files.writeString(staged.resolve("strategy.drl"), folder.without("rules/strategy.drl", RULE));

        Files.move(folder.rules, temp.resolve("rules.old"));
        Files.move(staged, folder.rules);
        folder.awaitLive(live);
        assertFalse(findings().contains(FINDING));

        Files.writeString(folder.rules.resolve("strategy.drl"), folder.read("rules/strategy.drl") + "\n// saved again\n");
        folder.awaitLive(live);
        String served = live.holder().version();
        Files.writeString(temp.resolve("rules.old/strategy.drl"), "// the set-aside copy is no longer ours\n");
        Thread.sleep(3 * LiveRules.DEBOUNCE.toMillis());
        assertEquals(served, live.holder().version(), "edits to the old, renamed folder do not count");
        assertFalse(live.filesRejected());
    }

    @Test
    void theStatusSaysNotWatchingOnceTheFoldersCanNoLongerBeSeen() throws Exception {
        assertTrue(live.watching());
        deleteTree(folder.root);
        LiveFolder.await(() -> !live.watching(), "watching to turn false");
        Files.createDirectories(temp); // for the temporary folder's own clean-up
    }

    private static void deleteTree(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    @Test
    void aRuleRemovedThenAddedBackFiresAgain() throws Exception {
        String original = folder.read("rules/strategy.drl");
        assertTrue(findings().contains(FINDING));

        folder.write("rules/strategy.drl", folder.without("rules/strategy.drl", RULE));
        folder.awaitLive(live);
        assertFalse(findings().contains(FINDING), "the removed rule no longer fires");
        assertTrue(live.holder().current().rule(RULE).isEmpty());

        folder.write("rules/strategy.drl", original);
        folder.awaitLive(live);
        assertTrue(findings().contains(FINDING), "added back, it fires again");
    }

    @Test
    void aRenamedFileGivesNoDuplicateFindings() throws Exception {
        List<String> before = findings();
        int rules = live.holder().current().rules().size();

        Files.move(folder.rules.resolve("strategy.drl"), folder.rules.resolve("strategy-renamed.drl"));
        folder.awaitLive(live);

        List<String> after = findings();
        assertEquals(after.size(), new HashSet<>(after).size(), "no finding twice: " + after);
        assertEquals(before, after);
        assertEquals(rules, live.holder().current().rules().size());
        assertEquals("rules/strategy-renamed.drl", live.holder().current().rule(RULE).orElseThrow().file()
                .replace(folder.root.toString() + "/", ""));
    }

    @Test
    void twoSaves50msApartEndOnTheLast() throws Exception {
        String edited = folder.without("rules/strategy.drl", RULE);
        String original = folder.read("rules/strategy.drl");
        folder.write("rules/strategy.drl", edited);
        Thread.sleep(50);
        folder.write("rules/strategy.drl", original + "\n// second save\n");
        folder.awaitLive(live);
        Thread.sleep(3 * LiveRules.DEBOUNCE.toMillis()); // nothing else is on its way
        assertEquals(folder.version(), live.holder().version());
        assertTrue(findings().contains(FINDING), "the last save, which keeps the rule, is what serves");
    }

    @Test
    void anEditorThatWritesATempFileAndRenamesItOverTheOriginalIsHandled() throws Exception {
        Path target = folder.rules.resolve("strategy.drl");
        Path temporary = folder.rules.resolve(".strategy.drl.swp");
        Files.writeString(temporary, folder.without("rules/strategy.drl", RULE));
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        folder.awaitLive(live);
        assertFalse(findings().contains(FINDING));
        assertFalse(live.filesRejected());
    }

    @Test
    void aBrokenRuleIsRefusedWithItsLineAndTheLastGoodVersionKeepsServing() throws Exception {
        String serving = live.holder().version();
        Instant saved = Instant.now();
        folder.write("rules/strategy.drl", folder.read("rules/strategy.drl") + "\nrule \"Broken\"\nwhen\n    YesNo(\nthen\nend\n");
        folder.awaitRejected(live, saved);

        assertEquals(serving, live.holder().version());
        assertTrue(findings().contains(FINDING), "the old version serves");
        Problem problem = live.lastRejection().orElseThrow().problems().get(0);
        assertEquals("rules/strategy.drl", problem.file());
        assertTrue(problem.line() > 200, "the line of the broken rule: " + problem);
    }

    @Test
    void aForbiddenCallInAConsequenceIsRefused() throws Exception {
        String serving = live.holder().version();
        Instant saved = Instant.now();
        Files.copy(Path.of("src/test/resources/invalid/drl/consequence-with-code.drl"), folder.rules.resolve("broken.drl"));
        folder.awaitRejected(live, saved);

        assertEquals(serving, live.holder().version());
        assertTrue(live.lastRejection().orElseThrow().problems().stream().anyMatch(p -> p.file().equals("rules/broken.drl")
                && p.line() == 17 && p.message().contains("insert(finding(kcontext))")), live.lastRejection().toString());
    }

    @Test
    void aYamlTypoOrADuplicateIdIsRefusedWithItsLineWhileTheOldKnowledgeServes() throws Exception {
        String serving = live.holder().version();
        String pillars = folder.read("knowledge-base/pillars.yaml");
        Instant saved = Instant.now();
        folder.write("knowledge-base/pillars.yaml", pillars.replaceFirst("\n  - id: ", "\n  - id: x\n   oops: "));
        folder.awaitRejected(live, saved);
        assertEquals(serving, live.holder().version());
        assertTrue(live.lastRejection().orElseThrow().problems().stream()
                .anyMatch(p -> p.file().endsWith("knowledge-base/pillars.yaml") && p.line() > 0), live.lastRejection().toString());

        folder.write("knowledge-base/pillars.yaml", pillars);
        Instant duplicate = Instant.now();
        Files.copy(Path.of("src/test/resources/invalid/yaml/duplicate-question-id.yaml"),
                folder.kb.resolve("questionnaires/extra.yaml"));
        folder.awaitRejected(live, duplicate);
        assertEquals(serving, live.holder().version());
        assertTrue(live.lastRejection().orElseThrow().problems().stream().anyMatch(p -> p.file().endsWith("extra.yaml")
                && p.line() == 11 && p.message().contains("duplicate question id")), live.lastRejection().toString());
        assertNotEquals(0, findings().size(), "the old knowledge serves");
    }
}
