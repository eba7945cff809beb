package com.salesdx.cli;

import com.salesdx.answers.AnswerReader;
import com.salesdx.answers.AnswerSet;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.report.JsonReport;
import com.salesdx.report.MarkdownReport;
import com.salesdx.report.TextReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.yaml.Problems;
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

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnose an answer file (YAML or JSON), or a whole engagement with --engagement: pillar scores, "
                + "findings and where to start.")
final class DiagnoseCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Answers: questionnaire id plus answers by question id.")
    Path file;

    @Option(names = "--engagement", paramLabel = "FILE",
            description = "An engagement file (client, sector, context, respondents with role and answer file): combines "
                    + "the respondents and shows perception gaps.")
    Path engagement;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json or markdown; text or json with --engagement (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((file == null) == (engagement == null)) {
            throw new UsageException("diagnose needs exactly one of FILE (one respondent's answers) or --engagement FILE.");
        }
        if (engagement != null && format == Format.markdown) {
            throw new UsageException("diagnose --engagement takes --format text or json (markdown is for one answer file)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<RuleBase> built = knowledge.buildOrReport(err);
        if (built.isEmpty()) {
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        RuleBase ruleBase = built.get();
        if (engagement != null) {
            return EngagementCommands.diagnose(ruleBase, engagement, format == Format.json, spec.commandLine());
        }
        Problems problems = new Problems();
        Optional<AnswerSet> answers = new AnswerReader(ruleBase.knowledge()).read(file, problems);
        if (answers.isEmpty()) {
            err.println("invalid answer file: " + problems.size() + " problem(s)");
            problems.list().forEach(p -> err.println("  " + p));
            return ExitCodes.INPUT_PROBLEM;
        }
        Diagnosis diagnosis = Diagnoser.diagnose(ruleBase, answers.get());
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> TextReport.render(diagnosis);
            case json -> JsonReport.render(diagnosis) + "\n";
            case markdown -> MarkdownReport.render(diagnosis);
        });
        out.flush();
        return ExitCodes.OK;
    }
}
