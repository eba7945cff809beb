package com.salesdx.check;

import com.salesdx.diagnosis.Diagnosis;
import java.util.List;

/** The order expectations of a client case: what comes first, and what is (not) a place to start. */
final class Order {
    private Order() {
    }

    static void check(Expectation expect, Diagnosis diagnosis, List<String> failures) {
        List<String> findings = diagnosis.findings().stream().map(Diagnosis.FindingResult::id).toList();
        List<String> top = findings.stream().limit(Expectation.PRIMARY_WITHIN).toList();
        if (!expect.primaryOrEmpty().isEmpty() && expect.primaryOrEmpty().stream().noneMatch(top::contains)) {
            failures.add("expected one of " + expect.primaryOrEmpty() + " among the top " + Expectation.PRIMARY_WITHIN
                    + " findings, but they are " + top + position(expect.primaryOrEmpty(), findings));
        }
        List<String> remedies = diagnosis.interventions().stream().map(Diagnosis.RankedIntervention::id).toList();
        List<String> topRemedies = remedies.stream().limit(Expectation.TOP_INTERVENTIONS_WITHIN).toList();
        for (String id : expect.topInterventionsOrEmpty()) {
            if (!topRemedies.contains(id)) {
                int at = remedies.indexOf(id);
                failures.add("expected intervention " + id + " in the top " + Expectation.TOP_INTERVENTIONS_WITHIN + ", but it is "
                        + (at < 0 ? "not recommended" : "ranked " + (at + 1)) + "; the top are " + topRemedies);
            }
        }
        if (Boolean.TRUE.equals(expect.startHereEmpty()) && !diagnosis.startHere().isEmpty()) {
            failures.add("expected no forced start, but start here is " + diagnosis.startHere());
        }
    }

    private static String position(List<String> wanted, List<String> findings) {
        StringBuilder out = new StringBuilder();
        for (String id : wanted) {
            int at = findings.indexOf(id);
            out.append("; ").append(id).append(at < 0 ? " did not fire" : " is at " + (at + 1));
        }
        return out.toString();
    }
}
