package com.salesdx.check;

import java.util.List;

/**
 * What a scenario or client case expects of its diagnosis; every part is optional. Scenarios test
 * presence; cases also test order: {@code primary} (one of these among the top two findings),
 * {@code topInterventions} (each within the top five remedies), {@code startHereEmpty}.
 */
public record Expectation(List<String> present, List<String> absent, String weakestPillar, List<String> notAssessed,
        Integer maxHighSeverity, Integer maxHigh, List<String> primary, List<String> topInterventions,
        Boolean startHereEmpty) {

    public static final int PRIMARY_WITHIN = 2;
    public static final int TOP_INTERVENTIONS_WITHIN = 5;

    public List<String> presentOrEmpty() {
        return present == null ? List.of() : present;
    }

    public List<String> absentOrEmpty() {
        return absent == null ? List.of() : absent;
    }

    public List<String> notAssessedOrEmpty() {
        return notAssessed == null ? List.of() : notAssessed;
    }

    public List<String> primaryOrEmpty() {
        return primary == null ? List.of() : primary;
    }

    public List<String> topInterventionsOrEmpty() {
        return topInterventions == null ? List.of() : topInterventions;
    }

    /** The cap on high findings, under either spelling (scenarios say max_high_severity, cases max_high). */
    public Integer highCap() {
        return maxHighSeverity != null ? maxHighSeverity : maxHigh;
    }
}
