package com.salesdx.cli;

import com.salesdx.engagement.EngagementDiagnosis;
import com.salesdx.engagement.RoundComparer;
import com.salesdx.engagement.RoundComparison;
import com.salesdx.engagement.RoundsText;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two rounds of an engagement: scores then and now, findings resolved, new and persisting, "
                + "the interventions chosen after the earlier round and whether their answers moved. Rounds given in "
                + "reverse date order (by their labels, e.g. Q2 2026 before Q1 2026) are compared in date order, with a warning.")
final class CompareCommand implements Callable<Integer> {
    /** No markdown: the comparison has no markdown rendering. */
    enum Format { text, json }

    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(index = "0", paramLabel = "EARLIER", description = "The earlier round's engagement file.")
    Path earlier;

    @Parameters(index = "1", paramLabel = "LATER", description = "The later round's engagement file.")
    Path later;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<RuleBase> built = knowledge.buildOrReport(err);
        if (built.isEmpty()) {
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        RuleBase ruleBase = built.get();
        Optional<EngagementDiagnosis> first = EngagementCommands.diagnosed(ruleBase, earlier, err);
        Optional<EngagementDiagnosis> second = EngagementCommands.diagnosed(ruleBase, later, err);
        if (first.isEmpty() || second.isEmpty()) {
            return ExitCodes.INPUT_PROBLEM;
        }
        // Rounds given the wrong way round are compared in date order: "then -> now" is what a consultant means.
        boolean reversed = RoundDates.reversed(first.get().engagement().round(), second.get().engagement().round());
        EngagementDiagnosis then = (reversed ? second : first).get();
        EngagementDiagnosis now = (reversed ? first : second).get();
        if (reversed) {
            err.printf("warning: %s (%s) is the earlier round but was given second; comparing in date order, %s -> %s%n",
                    later, then.engagement().round(), then.engagement().round(), now.engagement().round());
            err.flush();
        }
        RoundComparison comparison = RoundComparer.compare(ruleBase.knowledge(), then, now);
        PrintWriter out = spec.commandLine().getOut();
        String recorded = then.engagement().rulesVersion();
        if (recorded != null && !recorded.equals(ruleBase.version())) {
            out.println("Note: " + (reversed ? later : earlier) + " was first reported with rules " + recorded + "; both "
                    + "rounds are diagnosed here with the current rules " + ruleBase.version() + " so that they compare like for like.");
        }
        out.print(format == Format.json ? JsonReport.render(comparison) + "\n" : RoundsText.render(comparison));
        out.flush();
        return ExitCodes.OK;
    }
}
