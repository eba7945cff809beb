package com.salesdx.rules;

import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.KnowledgeLoader;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.salesdx.knowledge.ThresholdDef;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.KieServices;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * Builds a {@link RuleBase} from the rules folder and the knowledge-base folder, compiling the
 * DRL at run time. Any problem anywhere fails the whole build with every problem listed; a
 * caller that already has a rule base keeps it.
 */
public final class RuleBaseBuilder {
    static {
        // Drools keeps each agenda group's pending rules in a tree set unless told otherwise; a binary heap
        // orders them the same way (salience, then activation order, a total order) and made a diagnosis
        // 10-15% faster in bench. Set before Drools reads it, once per JVM; an explicit -D setting wins.
        if (System.getProperty("org.drools.queuetype") == null) {
            System.setProperty("org.drools.queuetype", "binaryheap");
        }
    }

    private RuleBaseBuilder() {
    }

    public static RuleBase build(Path rulesDir, Path kbDir) {
        return build(rulesDir, kbDir, new CompiledFiles());
    }

    /** As {@link #build(Path, Path)}, compiling only the rule files that changed since the last build with {@code compiled}. */
    public static RuleBase build(Path rulesDir, Path kbDir, CompiledFiles compiled) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        // Problems in DRL terms: those of a decision table are carried back to its rows and columns at the end.
        Problems found = new Problems();
        Optional<Knowledge> knowledge = KnowledgeLoader.load(kbDir, found);
        Map<Path, String> sources = readRules(rulesDir, found);
        List<RuleDescription> rules = new ArrayList<>();
        Map<Path, String> parsed = new LinkedHashMap<>();
        Map<String, TableLines> tables = new HashMap<>();
        // A file that does not parse is reported once, by the scanner, and not compiled again.
        Map<String, ThresholdDef> thresholds = knowledge.map(Knowledge::thresholds).orElse(Map.of());
        // A file with anything outside the rule language is not compiled at all: Drools evaluates
        // some expressions (metadata values, for one) while compiling.
        sources.forEach((path, source) -> {
            String text = source;
            if (isTable(path)) {
                Optional<DecisionTable.Compiled> table = DecisionTable.compile(source, display(path), problems);
                if (table.isEmpty()) {
                    return;
                }
                tables.put(display(path), table.get().lines());
                text = table.get().drl();
            }
            String drl = text;
            DrlScanner scanner = new DrlScanner(display(path), found);
            scanner.scan(drl).ifPresent(described -> {
                rules.addAll(described);
                if (scanner.admitted()) {
                    parsed.put(path, DerivesFirst.apply(ThresholdInliner.inline(drl, thresholds, display(path), found)));
                }
            });
        });
        Map<String, RuleDescription> byName = uniqueNames(rules, found);
        knowledge.ifPresent(k -> new RuleValidator(k, found).validate(rules));
        // A decision table arrives here as the DRL it generates: it is compiled (and kept) like any file.
        InternalKnowledgeBase kieBase = compiled.compile(parsed, byName, found);
        for (Problem problem : found.list()) {
            Problem located = problem;
            for (TableLines table : tables.values()) {
                located = table.translate(located);
            }
            problems.add(located);
        }
        problems.throwIfAny("the rule base cannot be built");
        // A rule from a table is found at its row.
        byName.replaceAll((name, rule) -> tables.containsKey(rule.file())
                ? rule.atLine(tables.get(rule.file()).row(rule.line())) : rule);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new RuleBase(kieBase, knowledge.orElseThrow(), keyedByDroolsNames(kieBase, byName),
                ContentVersion.of(rulesDir, kbDir), Instant.now(), millis);
    }

    /**
     * The descriptions keyed by the very strings Drools names its rules with: a finding carries its
     * rule's name, so every lookup a diagnosis makes ends on a reference comparison instead of
     * comparing two copies of a long sentence.
     */
    private static Map<String, RuleDescription> keyedByDroolsNames(KieBase kieBase, Map<String, RuleDescription> byName) {
        Map<String, RuleDescription> keyed = new HashMap<>(byName.size() * 2);
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleDescription description = byName.get(rule.getName());
                if (description != null) {
                    keyed.put(rule.getName(), description);
                }
            }
        }
        byName.forEach(keyed::putIfAbsent);
        return java.util.Collections.unmodifiableMap(keyed);
    }

    /** A decision table: rules/*.csv. */
    static boolean isTable(Path path) {
        return path.toString().endsWith(".csv");
    }

    private static Map<Path, String> readRules(Path rulesDir, Problems problems) {
        Map<Path, String> sources = new LinkedHashMap<>();
        if (!Files.isDirectory(rulesDir)) {
            problems.add(Problem.inFile(rulesDir.toString(), "rules folder not found at " + rulesDir.toAbsolutePath()
                    + " (give another one with --rules DIR)"));
            return sources;
        }
        try (Stream<Path> files = Files.list(rulesDir)) {
            // Hidden files are editors' lock and swap files, not rules.
            for (Path path : files.filter(p -> (p.toString().endsWith(".drl") || isTable(p))
                    && !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                sources.put(path, Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(rulesDir.toString(), "cannot read rules: " + e.getMessage()));
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.inFile(rulesDir.toString(), "no .drl or .csv rule file in " + rulesDir.toAbsolutePath()));
        }
        return sources;
    }

    private static Map<String, RuleDescription> uniqueNames(List<RuleDescription> rules, Problems problems) {
        Map<String, RuleDescription> byName = new LinkedHashMap<>();
        for (RuleDescription rule : rules) {
            RuleDescription first = byName.putIfAbsent(rule.name(), rule);
            if (first != null) {
                problems.add(new Problem(rule.file(), rule.line(), 0, "rule \"" + rule.name() + "\"",
                        "the same rule name is used at " + first.location() + "; every rule name must be unique"));
            }
        }
        return byName;
    }

    /**
     * Beta nodes are not shared between rules. With sharing on, Drools 10 silently missed matches of
     * a rule whose patterns joined a shared prefix before a `not` (a rule that fired in one pattern
     * order and never in another: RuleBaseConfigurationTest holds the case). A rule's verdict must
     * never depend on how its conditions are ordered; the cost is measured in the benchmark.
     */
    static KieBaseConfiguration configuration() {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
        configuration.setProperty("drools.shareBetaNodes", "false");
        return configuration;
    }

    /** Drools may report an error at the rule's first line only; name the rule so it can be found. */
    static Problem locate(KnowledgeBuilderError error, Map<String, RuleDescription> rules) {
        String file = error.getResource() != null ? error.getResource().getSourcePath() : "rules";
        int line = error.getLines() != null && error.getLines().length > 0 ? Math.max(0, error.getLines()[0]) : 0;
        String rule = rules.values().stream().filter(r -> r.file().equals(file) && r.line() <= line)
                .max(java.util.Comparator.comparingInt(RuleDescription::line))
                .map(r -> "rule \"" + r.name() + "\"").orElse("");
        String message = error.getMessage().replaceAll("\\s+", " ").trim();
        return new Problem(file, line, 0, rule, message);
    }

    static String display(Path path) {
        return path.normalize().toString();
    }
}
