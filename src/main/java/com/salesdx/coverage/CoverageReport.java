package com.salesdx.coverage;

import java.io.PrintWriter;
import java.util.List;

/** `check --coverage` in text: how often each rule fired, then what is never used. */
public final class CoverageReport {
    private CoverageReport() {
    }

    public static void print(Coverage coverage, PrintWriter out) {
        out.println();
        out.printf("COVERAGE (rules version %s, %d scenarios, client and engagement cases)%n", coverage.version(), coverage.suiteRuns());
        out.println("  fired on  rule");
        String file = null;
        for (Coverage.RuleUse rule : coverage.rules()) {
            if (!rule.file().equals(file)) {
                file = rule.file();
                out.println("  " + file);
            }
            out.printf("  %7d   %s (line %d)%n", rule.firedOnSuites(), rule.name(), rule.line());
        }
        section(out, "Rules that never fire on the suites", coverage.neverFiring());
        section(out, "Questions no rule reads", coverage.unreadQuestions());
        section(out, "Interventions no rule recommends", coverage.unrecommendedInterventions());
        section(out, "Findings no scenario or case expects (add a scenario)", coverage.findingsWithoutScenario());
        out.flush();
    }

    private static void section(PrintWriter out, String title, List<String> items) {
        out.printf("%s: %d%n", title, items.size());
        items.forEach(item -> out.println("    " + item));
    }
}
