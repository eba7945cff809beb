package com.salesdx.rules;

import com.salesdx.yaml.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles rule files one by one and keeps each file's compiled packages, keyed by the exact text
 * compiled (thresholds already inlined) and its name. A rebuild after a one-file edit compiles that
 * file only and assembles the rule base from the rest: this is what brings a live edit in within a
 * second (compiling all files takes seconds, assembling them tens of milliseconds).
 *
 * <p>Sharing is safe: Drools hands a package to the first rule base as it is and deep-copies it,
 * into the new rule base's own class loader, for every later one. Only the files of the last build
 * are kept, so the cache holds one entry per file and never grows with reloads. One build at a
 * time: the methods are synchronized.
 */
public final class CompiledFiles {
    private Map<String, List<KiePackage>> byText = new HashMap<>();
    private int compiledInLastBuild;

    /** Compiles what changed and assembles a rule base, or returns null with every error in {@code problems}. */
    synchronized InternalKnowledgeBase compile(Map<Path, String> sources, Map<String, RuleDescription> rules,
            Problems problems) {
        Map<String, List<KiePackage>> kept = new HashMap<>();
        List<KiePackage> packages = new ArrayList<>();
        boolean failed = false;
        compiledInLastBuild = 0;
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            String file = RuleBaseBuilder.display(source.getKey());
            String key = key(file, source.getValue());
            List<KiePackage> compiled = byText.get(key);
            if (compiled == null) {
                compiled = compileOne(file, source.getValue(), rules, problems);
                compiledInLastBuild++;
            }
            if (compiled == null) {
                failed = true;
                continue;
            }
            kept.put(key, compiled);
            packages.addAll(compiled);
        }
        byText = kept;
        if (failed) {
            return null;
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(RuleBaseBuilder.configuration());
        kieBase.addPackages(packages);
        return kieBase;
    }

    /** How many files the last build had to compile (the others came from this cache). */
    public synchronized int compiledInLastBuild() {
        return compiledInLastBuild;
    }

    private static List<KiePackage> compileOne(String file, String text, Map<String, RuleDescription> rules,
            Problems problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(file);
        builder.add(resource, ResourceType.DRL);
        for (KnowledgeBuilderError error : builder.getErrors()) {
            if (!error.getMessage().contains("Parser returned a null Package")) {
                problems.add(RuleBaseBuilder.locate(error, rules));
            }
        }
        return builder.hasErrors() ? null : List.copyOf(builder.getKnowledgePackages());
    }

    private static String key(String file, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
