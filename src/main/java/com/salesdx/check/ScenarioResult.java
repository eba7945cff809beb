package com.salesdx.check;

import java.util.List;

/** The outcome of one scenario: what failed, in words that say what to look at. */
public record ScenarioResult(Scenario scenario, List<String> failures, List<String> findings) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
