package com.salesdx.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The two functions a rule's consequence may call, imported into DRL with
 * {@code import function com.salesdx.facts.Conclusions.finding;}. Everything they need comes
 * from the rule's metadata and the facts it matched, so a consequence is one line.
 */
public final class Conclusions {
    public static final String FINDING = "finding";
    public static final String DERIVES = "derives";

    private Conclusions() {
    }

    /** {@code insert(finding(kcontext));} */
    public static Finding finding(RuleContext context) {
        return new Finding(metadata(context, FINDING), context.getRule().getName(),
                Evidence.of(context.getMatch().getObjects()));
    }

    /** {@code insertLogical(derived(kcontext));} */
    public static Derived derived(RuleContext context) {
        return new Derived(metadata(context, DERIVES), Evidence.of(context.getMatch().getObjects()));
    }

    private static String metadata(RuleContext context, String key) {
        Object value = context.getRule().getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + context.getRule().getName() + "\" has no @" + key + " metadata");
        }
        return value.toString();
    }
}
