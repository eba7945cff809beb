package com.salesdx.cli;

import com.salesdx.check.Scenario;
import com.salesdx.coverage.CoverageReport;
import com.salesdx.coverage.SuiteCoverage;
import com.salesdx.coverage.SuiteInputs;
import com.salesdx.check.ScenarioLoader;
import com.salesdx.check.ScenarioResult;
import com.salesdx.check.ScenarioRunner;
import com.salesdx.engagement.EngagementCases;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleKind;
import com.salesdx.yaml.Problems;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the knowledge base and rules (file:line for each problem), then run the scenarios, client "
                + "cases and engagement cases.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--coverage", description = "Also list how often each rule fired on the scenarios and cases, rules "
            + "that never fire, questions no rule reads, interventions no rule recommends and findings no scenario expects.")
    boolean coverage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<RuleBase> built = knowledge.buildOrReport(err);
        if (built.isEmpty()) {
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        RuleBase ruleBase = built.get();
        long findings = ruleBase.rules().values().stream().filter(r -> r.kind() == RuleKind.FINDING).count();
        out.printf("Rules and knowledge base are valid (version %s): %d rules (%d conclude findings), %d questions, "
                + "%d interventions, built in %d ms.%n", ruleBase.version(), ruleBase.rules().size(), findings,
                ruleBase.knowledge().questions().size(), ruleBase.knowledge().interventions().size(), ruleBase.buildMillis());
        Problems problems = new Problems();
        List<Scenario> scenarios = ScenarioLoader.load(knowledge.kb().resolve("scenarios"), ruleBase, problems);
        List<Scenario> cases = ScenarioLoader.load(knowledge.kb().resolve("cases"), ruleBase, problems);
        List<EngagementCases.Case> engagements = EngagementCases.load(knowledge.kb().resolve("engagements"), ruleBase, problems);
        if (!problems.isEmpty()) {
            err.println("invalid scenarios or cases: " + problems.size() + " problem(s)");
            problems.list().forEach(p -> err.println("  " + p));
            err.flush();
            return ExitCodes.KNOWLEDGE_PROBLEM;
        }
        Set<String> covered = new TreeSet<>();
        int scenarioFailures = run(out, scenarios, ruleBase, covered);
        int caseFailures = run(out, cases, ruleBase, covered);
        int engagementFailures = runEngagements(out, engagements, ruleBase, covered);
        Set<String> neverFired = ruleBase.rules().values().stream().filter(r -> r.kind() == RuleKind.FINDING)
                .map(r -> r.id()).filter(id -> !covered.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        if (!neverFired.isEmpty()) {
            out.println("Findings no scenario or case produces (consider a scenario): " + String.join(", ", neverFired));
        }
        if (coverage) {
            List<Scenario> suites = new java.util.ArrayList<>(scenarios);
            suites.addAll(cases);
            CoverageReport.print(SuiteCoverage.of(ruleBase, SuiteInputs.of(ruleBase, suites, engagements), null), out);
        }
        out.printf("scenarios: %d passed, %d failed%n", scenarios.size() - scenarioFailures, scenarioFailures);
        out.printf("client cases: %d passed, %d failed%n", cases.size() - caseFailures, caseFailures);
        out.printf("engagement cases: %d passed, %d failed%n", engagements.size() - engagementFailures, engagementFailures);
        int failed = scenarioFailures + caseFailures + engagementFailures;
        out.printf("%d passed, %d failed%n", scenarios.size() + cases.size() + engagements.size() - failed, failed);
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.KNOWLEDGE_PROBLEM;
    }

    /** Engagement cases (several respondents, perception gaps), run like scenarios. */
    private static int runEngagements(PrintWriter out, List<EngagementCases.Case> suite, RuleBase ruleBase, Set<String> covered) {
        int failed = 0;
        for (EngagementCases.Case c : suite) {
            EngagementCases.Result result;
            try {
                result = EngagementCases.run(c, ruleBase);
            } catch (RuntimeException e) {
                out.printf("FAIL  %s  (%s)%n      the rules did not run to the end: %s%n", c.expect().name(), c.folder(), e.getMessage());
                failed++;
                continue;
            }
            covered.addAll(result.findings());
            out.printf("%s  %s  (%s)%n", result.passed() ? "PASS" : "FAIL", c.expect().name(), c.folder());
            result.failures().forEach(f -> out.println("      " + f));
            failed += result.passed() ? 0 : 1;
        }
        return failed;
    }

    private static int run(PrintWriter out, List<Scenario> suite, RuleBase ruleBase, Set<String> covered) {
        int failed = 0;
        for (Scenario scenario : suite) {
            ScenarioResult result;
            try {
                result = ScenarioRunner.run(scenario, ruleBase);
            } catch (RuntimeException | StackOverflowError e) {
                // Whatever the rules do, the run goes on and the summary comes last.
                out.printf("FAIL  %s  (%s:%d)%n      the rules did not run to the end: %s%n", scenario.name(),
                        scenario.file(), scenario.line(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                failed++;
                continue;
            }
            covered.addAll(result.findings());
            out.printf("%s  %s  (%s)%n", result.passed() ? "PASS" : "FAIL", scenario.name(), scenario.file());
            result.failures().forEach(f -> out.println("      " + f));
            failed += result.passed() ? 0 : 1;
        }
        return failed;
    }
}
