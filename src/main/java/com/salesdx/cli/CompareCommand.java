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
                + "the interventions chosen after the earlier round and whether their answers moved.")
final class CompareCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(index = "0", paramLabel = "EARLIER", description = "The earlier round's engagement file.")
    Path earlier;

    @Parameters(index = "1", paramLabel = "LATER", description = "The later round's engagement file.")
    Path later;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    DiagnoseCommand.Format format;

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
        Optional<EngagementDiagnosis> then = EngagementCommands.diagnosed(ruleBase, earlier, err);
        Optional<EngagementDiagnosis> now = EngagementCommands.diagnosed(ruleBase, later, err);
        if (then.isEmpty() || now.isEmpty()) {
            return ExitCodes.INPUT_PROBLEM;
        }
        RoundComparison comparison = RoundComparer.compare(ruleBase.knowledge(), then.get(), now.get());
        PrintWriter out = spec.commandLine().getOut();
        String recorded = then.get().engagement().rulesVersion();
        if (recorded != null && !recorded.equals(ruleBase.version())) {
            out.println("Note: " + earlier + " was first reported with rules " + recorded + "; both rounds are diagnosed "
                    + "here with the current rules " + ruleBase.version() + " so that they compare like for like.");
        }
        out.print(format == DiagnoseCommand.Format.json ? JsonReport.render(comparison) + "\n" : RoundsText.render(comparison));
        out.flush();
        return ExitCodes.OK;
    }
}
