package com.salesdx.rules;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base in force. Readers take {@link #current()} once per diagnosis; a rebuild swaps
 * in a whole new rule base atomically, and a failed rebuild leaves the old one serving.
 */
public final class RuleBaseHolder {
    private final AtomicReference<RuleBase> current;

    public RuleBaseHolder(RuleBase initial) {
        this.current = new AtomicReference<>(initial);
    }

    public RuleBase current() {
        return current.get();
    }

    public void replace(RuleBase next) {
        current.set(next);
    }
}
