package com.salesdx.support;

import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The real rules and knowledge base, as shipped, and copies of them to break on purpose. */
public final class ProjectFiles {
    // Overridable so a rule author can run the suite against a working copy of the knowledge.
    public static final Path RULES = Path.of(System.getProperty("salesdx.test.rules", "rules"));
    public static final Path KB = Path.of(System.getProperty("salesdx.test.kb", "knowledge-base"));
    private static RuleBase shipped;

    private ProjectFiles() {
    }

    /** The shipped rule base, built once per test JVM: it is immutable, so sharing it is safe. */
    public static synchronized RuleBase shippedRuleBase() {
        if (shipped == null) {
            shipped = RuleBaseBuilder.build(RULES, KB);
        }
        return shipped;
    }

    /** Copies rules/ and knowledge-base/ under {@code target}, returning the target. */
    public static Path copyTo(Path target) {
        copyTree(RULES, target.resolve("rules"));
        copyTree(KB, target.resolve("knowledge-base"));
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
