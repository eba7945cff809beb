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
 * from one to three answers, so the engine's matching and the validator both do real work.
 */
final class RuleGenerator {
    private RuleGenerator() {
    }

    static void write(Knowledge knowledge, Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
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
                        drl.append("    ").append(pattern(q, random)).append('\n');
                    }
                }
                drl.append("then\n    insert(finding(kcontext));\nend\n\n");
            }
            Files.writeString(folder.resolve("generated-" + file + ".drl"), drl);
        }
    }

    private static String pattern(QuestionDef q, Random random) {
        String id = "question == \"" + q.id() + "\"";
        return switch (q.type()) {
            case YES_NO -> "YesNo(" + id + ", " + (random.nextBoolean() ? "yes" : "no") + ")";
            case SCALE -> "Scale(" + id + ", value <= " + (1 + random.nextInt(4)) + ")";
            case NUMBER -> "Numeric(" + id + ", value > " + Math.round(q.min() + random.nextDouble() * (q.max() - q.min()) / 2) + ")";
            case CHOICE -> "Choice(" + id + ", value == \"" + q.options().get(random.nextInt(q.options().size())).value() + "\")";
        };
    }
}
