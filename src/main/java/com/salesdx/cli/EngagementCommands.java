package com.salesdx.cli;

import com.salesdx.engagement.Engagement;
import com.salesdx.engagement.EngagementDiagnoser;
import com.salesdx.engagement.EngagementDiagnosis;
import com.salesdx.engagement.EngagementReader;
import com.salesdx.engagement.EngagementText;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.yaml.Problems;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/** What `diagnose --engagement` and `compare` share: reading an engagement file and reporting its problems. */
final class EngagementCommands {
    private EngagementCommands() {
    }

    /** The engagement's diagnosis, or empty after printing every problem with file and line. */
    static Optional<EngagementDiagnosis> diagnosed(RuleBase ruleBase, Path file, PrintWriter err) {
        Problems problems = new Problems();
        Optional<Engagement> engagement = new EngagementReader(ruleBase.knowledge()).read(file, problems);
        if (engagement.isEmpty()) {
            err.println("invalid engagement file: " + problems.size() + " problem(s)");
            problems.list().forEach(p -> err.println("  " + p));
            err.flush();
            return Optional.empty();
        }
        return Optional.of(EngagementDiagnoser.diagnose(ruleBase, engagement.get()));
    }

    static int diagnose(RuleBase ruleBase, Path file, boolean json, CommandLine commandLine) {
        Optional<EngagementDiagnosis> diagnosis = diagnosed(ruleBase, file, commandLine.getErr());
        if (diagnosis.isEmpty()) {
            return ExitCodes.INPUT_PROBLEM;
        }
        PrintWriter out = commandLine.getOut();
        out.print(json ? JsonReport.render(asJson(diagnosis.get())) + "\n" : EngagementText.render(ruleBase.knowledge(), diagnosis.get()));
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> asJson(EngagementDiagnosis d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("client", d.engagement().client());
        json.put("sector", d.engagement().sector());
        json.put("round", d.engagement().round());
        json.put("respondents", d.engagement().respondents().stream()
                .map(r -> Map.of("name", r.name() == null ? "" : r.name(), "role", r.role())).toList());
        json.put("gaps", d.gaps().stream().map(g -> Map.of("question", g.getQuestion(), "leaders", g.getLeaders(),
                "sellers", g.getSellers(), "spread", g.getSpread())).toList());
        json.put("finding_rests_on", d.findingRestsOn());
        json.put("diagnosis", d.diagnosis());
        return json;
    }
}
