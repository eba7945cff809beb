package com.salesdx.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.salesdx.knowledge.KnowledgeLoader;
import com.salesdx.live.LiveRules;
import com.salesdx.rules.ContentVersion;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** A copy of the shipped rules and knowledge base served live, edited the way a domain expert would. */
public final class LiveFolder {
    public static final Duration PATIENCE = Duration.ofSeconds(90); // a cold first build on a busy 2-core machine

    public final Path root;
    public final Path rules;
    public final Path kb;

    public LiveFolder(Path temp) {
        this.root = ProjectFiles.copyTo(temp);
        this.rules = root.resolve("rules");
        this.kb = root.resolve("knowledge-base");
    }

    public LiveRules start(com.salesdx.store.RuleVersionStore history) {
        LiveRules live = LiveRules.start(rules, kb, KnowledgeLoader.load(kb, new Problems()).orElseThrow(),
                ContentVersion.of(rules, kb), history).watch();
        live.firstBuilt().join();
        return live;
    }

    public String version() {
        return ContentVersion.of(rules, kb);
    }

    /** Waits until what is on disk now is live. */
    public void awaitLive(LiveRules live) {
        String expected = version();
        await(() -> live.holder().version().equals(expected), "version " + expected + " to go live");
    }

    /** Waits until an edit made at or after {@code since} has been refused. */
    public void awaitRejected(LiveRules live, Instant since) {
        await(() -> live.filesRejected() && live.lastRejection().map(r -> !r.at().isBefore(since)).orElse(false),
                "the edit to be refused");
    }

    public static void await(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    public String read(String file) throws IOException {
        return Files.readString(root.resolve(file));
    }

    public void write(String file, String text) throws IOException {
        Files.writeString(root.resolve(file), text);
    }

    /** The text of {@code file} without the rule named {@code rule}. */
    public String without(String file, String rule) throws IOException {
        String text = read(file);
        int start = text.indexOf("rule \"" + rule + "\"");
        int end = text.indexOf("\nend", start) + "\nend".length();
        if (start < 0) {
            fail("no rule \"" + rule + "\" in " + file);
        }
        return text.substring(0, start) + text.substring(end);
    }

    /** The answers of the growth-company example, as the API takes them. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> growthCompany() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readValue(Path.of("examples/growth-company.yaml").toFile(), Map.class);
    }
}
