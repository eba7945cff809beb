package com.salesdx.bench;

import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, valid rule base over the real questions: each rule concludes its own finding
 * from one to three answers, so the engine's matching and the validator both do real work. Number
 * conditions read their figure from thresholds.yaml, as shipped rules must, so the generated rules
 * come with a copy of the knowledge base that holds those thresholds.
 */
final class RuleGenerator {
    private RuleGenerator() {
    }

    /** Writes folder/rules and folder/knowledge-base (the given one plus the generated thresholds); returns the latter. */
    static Path write(Knowledge knowledge, Path kb, Path root, int count, long seed) throws IOException {
        Path folder = root.resolve("rules");
        Path kbCopy = root.resolve("knowledge-base");
        Files.createDirectories(folder);
        copy(kb, kbCopy);
        StringBuilder thresholds = new StringBuilder();
        Random random = new Random(seed);
        List<QuestionDef> questions = knowledge.questionnaire("consultant").orElseThrow().orderedQuestions();
        List<String> pillars = knowledge.pillars().stream().map(p -> p.id()).toList();
        String intervention = knowledge.interventions().keySet().stream().sorted().findFirst().orElseThrow();
        int perFile = 250;
        for (int file = 0; file * perFile < count; file++) {
            StringBuilder drl = new StringBuilder("package salesdx.generated").append(file).append("\n\n")
                    .append("import com.salesdx.facts.*;\nimport function com.salesdx.facts.Conclusions.finding;\n\n");
            for (int i = file * perFile; i < Math.min(count, (file + 1) * perFile); i++) {
                drl.append("rule \"Generated rule ").append(i).append("\"\n")
                        .append("    @finding(generated.rule-").append(i).append(")\n")
                        .append("    @pillar(").append(pillars.get(i % pillars.size())).append(")\n")
                        .append("    @severity(").append(List.of("high", "medium", "low").get(i % 3)).append(")\n")
                        .append("    @interventions(").append(intervention).append(")\n")
                        .append("    @explain(\"Generated for the benchmark.\")\nwhen\n");
                int patterns = 1 + random.nextInt(3);
                List<QuestionDef> used = new ArrayList<>();
                while (used.size() < patterns) {
                    QuestionDef q = questions.get(random.nextInt(questions.size()));
                    if (!used.contains(q) && q.feeds().isEmpty()) {
                        used.add(q);
                        drl.append("    ").append(pattern(q, random, i, thresholds)).append('\n');
                    }
                }
                drl.append("then\n    insert(finding(kcontext));\nend\n\n");
            }
            Files.writeString(folder.resolve("generated-" + file + ".drl"), drl);
        }
        Path file = kbCopy.resolve("thresholds.yaml");
        String existing = Files.exists(file) ? Files.readString(file) : "thresholds:\n";
        Files.writeString(file, existing + (existing.endsWith("\n") ? "" : "\n") + thresholds);
        return kbCopy;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        }
    }

    private static String pattern(QuestionDef q, Random random, int rule, StringBuilder thresholds) {
        String id = "question == \"" + q.id() + "\"";
        if (q.type() == com.salesdx.knowledge.QuestionType.NUMBER) {
            String name = "bench.rule_" + rule + "_" + q.id().replace('.', '_');
            long figure = Math.round(q.min() + random.nextDouble() * (q.max() - q.min()) / 2);
            thresholds.append("  - {id: ").append(name).append(", value: ").append(figure)
                    .append(", unit: bench, source: practitioner default, why: generated for the benchmark}\n");
            String variable = "$" + q.id().replace('.', '_');
            return "Threshold(name == \"" + name + "\", " + variable + " : value) Numeric(" + id + ", value > " + variable + ")";
        }
        return switch (q.type()) {
            case YES_NO -> "YesNo(" + id + ", " + (random.nextBoolean() ? "yes" : "no") + ")";
            case SCALE -> "Scale(" + id + ", value <= " + (1 + random.nextInt(4)) + ")";
            case NUMBER -> throw new IllegalStateException("handled above");
            case CHOICE -> "Choice(" + id + ", value == \"" + q.options().get(random.nextInt(q.options().size())).value() + "\")";
        };
    }
}
