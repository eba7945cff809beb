package com.salesdx.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.facts.Numeric;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The budget is a second line of defence: the loader refuses the rules that could loop, so the
 * looping rule base here is compiled straight with Drools, past the loader.
 */
class TimeBudgetTest {
    private static final String LOOP = """
            package salesdx.loop
            import com.salesdx.facts.*;
            rule "Counts for ever"
            when
                $n : Numeric(question == "n")
            then
                insert(new Numeric("n", "n", $n.getValue() + 1));
            end
            """;

    @Test
    void rulesThatNeverSettleAreHaltedAtTheBudgetWithAClearMessage() {
        KieSession session = new KieHelper().addContent(LOOP, ResourceType.DRL).build().newKieSession();
        session.insert(new Numeric("n", "n", 0));
        long start = System.nanoTime();

        RulesDidNotFinishException error = assertThrows(RulesDidNotFinishException.class,
                () -> TimeBudget.fireAllRules(session, Integer.MAX_VALUE, Duration.ofMillis(200)));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "halted after " + millis + " ms");
        assertTrue(error.getMessage().startsWith("the rules did not finish within 200 ms"), error.getMessage());
        session.dispose();
    }

    @Test
    void rulesThatSettleInTimeReturnTheirFiringCount() {
        KieSession session = new KieHelper().addContent(LOOP.replace("$n.getValue() + 1", "-1")
                .replace("question == \"n\"", "question == \"n\", value >= 0"), ResourceType.DRL).build().newKieSession();
        session.insert(new Numeric("n", "n", 0));

        assertEquals(1, TimeBudget.fireAllRules(session, 100, TimeBudget.DIAGNOSIS));
        session.dispose();
    }

    @Test
    void sessionsRunOutsideADiagnosisLikeRuleCoverageGetTheSameBudget() {
        KieSession session = new KieHelper().addContent(LOOP, ResourceType.DRL).build().newKieSession();
        session.insert(new Numeric("n", "n", 0));

        RulesDidNotFinishException error = assertThrows(RulesDidNotFinishException.class, () -> Diagnoser.fireWithinBudget(session));

        assertTrue(error.getMessage().startsWith("the rules did not"), error.getMessage());
        session.dispose();
    }
}
