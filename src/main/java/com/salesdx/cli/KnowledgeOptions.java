package com.salesdx.cli;

import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.KnowledgeLoader;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problems;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every command shares: where the rules and the knowledge base live. Without the
 * option, {@code rules/} and {@code knowledge-base/} in the current folder are used, else the ones
 * in the salesdx checkout the command was launched from, so {@code ~/salesdx/salesdx serve} works
 * from any folder.
 */
public final class KnowledgeOptions {
    /** Set by the ./salesdx launcher to its own folder; otherwise the checkout is found from the jar. */
    static final String HOME_PROPERTY = "salesdx.home";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rule files (.drl and decision tables .csv) (default: rules in the current folder, else the salesdx checkout's).")
    Path rules;

    @Option(names = "--kb", paramLabel = "DIR",
            description = "Knowledge-base folder (default: knowledge-base in the current folder, else the salesdx checkout's).")
    Path kb;

    Path rules() {
        return rules != null ? rules : located("rules");
    }

    Path kb() {
        return kb != null ? kb : located("knowledge-base");
    }

    /** Builds the rule base; a missing folder is a one-sentence {@link UsageException}, not a list of problems. */
    RuleBase build() {
        requireFolders();
        return RuleBaseBuilder.build(rules(), kb());
    }

    /** The rule base, or empty once every problem in the rules and knowledge base is printed to {@code err}. */
    Optional<RuleBase> buildOrReport(PrintWriter err) {
        try {
            return Optional.of(build());
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    /**
     * The knowledge base alone, for a server that listens while its rules compile. With any problem in
     * it the whole build runs, so every problem, in rules and knowledge base, is reported at once.
     */
    Knowledge loadKnowledge() {
        requireFolders();
        Problems problems = new Problems();
        Optional<Knowledge> loaded = KnowledgeLoader.load(kb(), problems);
        if (loaded.isEmpty() || !problems.isEmpty()) {
            RuleBaseBuilder.build(rules(), kb());
            problems.throwIfAny("the rule base cannot be built");
        }
        return loaded.orElseThrow();
    }

    private void requireFolders() {
        Path rulesDir = rules();
        Path kbDir = kb();
        List<String> missing = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            missing.add("no rules folder at " + rulesDir.toAbsolutePath().normalize());
        }
        if (!Files.isDirectory(kbDir)) {
            missing.add("no knowledge-base folder at " + kbDir.toAbsolutePath().normalize());
        }
        if (!missing.isEmpty()) {
            String what = String.join(" and ", missing);
            throw new UsageException(Character.toUpperCase(what.charAt(0)) + what.substring(1) + ": run salesdx from its "
                    + "checkout, or name the folders with --rules DIR and --kb DIR.");
        }
    }

    private static Path located(String name) {
        Path here = Path.of(name);
        if (Files.isDirectory(here)) {
            return here;
        }
        Path home = home();
        if (home != null && Files.isDirectory(home.resolve(name))) {
            return home.resolve(name);
        }
        return here;
    }

    /** The salesdx checkout: the launcher's folder, or the folder above target/salesdx.jar. */
    static Path home() {
        String property = System.getProperty(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            Path code = Path.of(KnowledgeOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            return target == null ? null : target.getParent();
        } catch (Exception e) {
            return null;
        }
    }
}
