package com.salesdx.diagnosis;

import java.time.Duration;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Fires a session's rules under a wall-clock budget as well as a firing cap. The clock is read
 * before every firing, on the diagnosing thread (no timer thread, no extra cost worth measuring);
 * past the deadline the session is halted and {@link RulesDidNotFinishException} says so.
 * The rule language admits no loops or calls, so a single firing is short: halting between
 * firings is enough.
 */
final class TimeBudget {
    /**
     * A diagnosis of the shipped rules takes well under a millisecond and 2,000 generated rules about
     * 3 ms; a run still going after 2 s is a rule base gone wrong, and a web request must not wait on it.
     */
    static final Duration DIAGNOSIS = Duration.ofSeconds(2);

    private TimeBudget() {
    }

    /** Like {@code session.fireAllRules(maxFirings)}, but halted and reported when the budget runs out. */
    static int fireAllRules(KieSession session, int maxFirings, Duration budget) {
        Deadline deadline = new Deadline(session, System.nanoTime() + budget.toNanos());
        int firings = session.fireAllRules(deadline, maxFirings);
        if (deadline.expired) {
            throw new RulesDidNotFinishException("the rules did not finish within " + budget.toMillis() + " ms (after "
                    + firings + " firings) and were stopped; nothing was concluded. Run `salesdx check` to find the "
                    + "rule that keeps firing");
        }
        return firings;
    }

    private static final class Deadline implements AgendaFilter {
        private final KieSession session;
        private final long deadline;
        private boolean expired;

        Deadline(KieSession session, long deadline) {
            this.session = session;
            this.deadline = deadline;
        }

        @Override
        public boolean accept(Match match) {
            if (System.nanoTime() - deadline > 0) {
                expired = true;
                session.halt();
                return false;
            }
            return true;
        }
    }
}
