package com.salesdx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.support.ProjectFiles;
import com.salesdx.yaml.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseLifecycleTest {
    @TempDir
    Path temp;

    @Test
    void theVersionIsAHashOfTheContentSoItChangesWithARuleEditAndOnlyThen() throws Exception {
        Path root = ProjectFiles.copyTo(temp);
        RuleBase first = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        RuleBase again = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        assertEquals(first.version(), again.version());
        assertEquals(ProjectFiles.shippedRuleBase().version(), first.version(), "same files, same version wherever they live");

        Path strategy = root.resolve("rules/strategy.drl");
        Files.writeString(strategy, Files.readString(strategy) + "\n// an edit\n");
        assertNotEquals(first.version(), RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base")).version());
    }

    @Test
    void aFailedRebuildLeavesTheRuleBaseInForceServing() throws Exception {
        Path root = ProjectFiles.copyTo(temp);
        RuleBaseHolder holder = new RuleBaseHolder(RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base")));
        String before = holder.current().version();
        Files.writeString(root.resolve("rules/strategy.drl"), "package broken\nrule \"x\" when then end end\n");
        assertThrows(InvalidInputException.class,
                () -> holder.replace(RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"))));
        assertEquals(before, holder.current().version());
    }

    @Test
    void aRuleBaseCanBeReplacedWhileDiagnosesAreRunning() throws Exception {
        Path root = ProjectFiles.copyTo(temp);
        RuleBase original = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        Path strategy = root.resolve("rules/strategy.drl");
        Files.writeString(strategy, Files.readString(strategy) + "\n// edited\n");
        RuleBase edited = RuleBaseBuilder.build(root.resolve("rules"), root.resolve("knowledge-base"));
        RuleBaseHolder holder = new RuleBaseHolder(original);
        AnswerSet answers = new AnswerSet("ceo", Map.of("ceo.strategy_line_of_sight",
                new GivenAnswer("ceo.strategy_line_of_sight", false, false, null)), Map.of());
        int expectedFindings = Diagnoser.diagnose(original, answers).findings().size();

        Set<String> versions = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] workers = new Thread[2];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                try {
                    while (running.get()) {
                        Diagnosis d = Diagnoser.diagnose(holder.current(), answers);
                        assertEquals(expectedFindings, d.findings().size());
                        versions.add(d.version());
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            workers[t].start();
        }
        for (int swap = 0; swap < 40; swap++) {
            holder.replace(swap % 2 == 0 ? edited : original);
            Thread.sleep(5);
        }
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        assertNull(failure.get());
        assertEquals(Set.of(original.version(), edited.version()), versions);
        assertTrue(expectedFindings > 0);
    }
}
