package com.salesdx.check;

import java.util.List;

/** What a scenario expects of its diagnosis; every part is optional. */
public record Expectation(List<String> present, List<String> absent, String weakestPillar, List<String> notAssessed,
        Integer maxHighSeverity) {

    public List<String> presentOrEmpty() {
        return present == null ? List.of() : present;
    }

    public List<String> absentOrEmpty() {
        return absent == null ? List.of() : absent;
    }

    public List<String> notAssessedOrEmpty() {
        return notAssessed == null ? List.of() : notAssessed;
    }
}
