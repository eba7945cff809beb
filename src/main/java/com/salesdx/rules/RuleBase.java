package com.salesdx.rules;

import com.salesdx.knowledge.Knowledge;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * An immutable, compiled pairing of rules and knowledge base. Diagnoses hold on to the one they
 * started with, so a new rule base can replace this one while they run.
 */
public record RuleBase(KieBase kieBase, Knowledge knowledge, Map<String, RuleDescription> rules, String version,
        Instant builtAt, long buildMillis, KieSessionsPool sessions) {

    /** Sessions are pooled: a disposed pooled session is reset and reused, which saves rebuilding its node memories. */
    public RuleBase(KieBase kieBase, Knowledge knowledge, Map<String, RuleDescription> rules, String version,
            Instant builtAt, long buildMillis) {
        this(kieBase, knowledge, rules, version, builtAt, buildMillis, kieBase.newKieSessionsPool(2));
    }

    /** A session for one diagnosis; dispose() hands it back to the pool. */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    /** Releases the pooled sessions once no diagnosis uses this rule base any more (after a reload). */
    public void close() {
        sessions.shutdown();
    }

    public Optional<RuleDescription> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }
}
