package com.salesdx.rules;

import com.salesdx.knowledge.Knowledge;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * An immutable, compiled pairing of rules and knowledge base. Diagnoses hold on to the one they
 * started with, so a new rule base can replace this one while they run.
 */
public record RuleBase(KieBase kieBase, Knowledge knowledge, Map<String, RuleDescription> rules, String version,
        Instant builtAt, long buildMillis) {

    public Optional<RuleDescription> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }
}
