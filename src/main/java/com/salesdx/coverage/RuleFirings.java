package com.salesdx.coverage;

import com.salesdx.answers.AnswerSet;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.RulesDidNotFinishException;
import com.salesdx.facts.Answer;
import com.salesdx.rules.RuleBase;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * How many answer sets made each rule fire, derivations included (a diagnosis only names the rules
 * behind its findings). Uses its own sessions, outside the pool, so the listener never rides along
 * into a diagnosis.
 */
public final class RuleFirings {
    /** The same cap as a diagnosis: a rule base that loops is stopped, not waited for. */

    private RuleFirings() {
    }

    /** Rule name to the number of answer sets in which it fired at least once. */
    public static Map<String, Integer> count(RuleBase ruleBase, List<AnswerSet> answerSets) {
        return countFacts(ruleBase, answerSets.stream().map(answers -> Diagnoser.facts(ruleBase, answers)).toList());
    }

    /** The same for facts already built (an engagement's facts include its perception gaps). */
    public static Map<String, Integer> countFacts(RuleBase ruleBase, List<List<Answer>> factSets) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<Answer> facts : factSets) {
            for (String rule : fired(ruleBase, facts)) {
                counts.merge(rule, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Set<String> fired(RuleBase ruleBase, List<Answer> facts) {
        Set<String> fired = new HashSet<>();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            facts.forEach(session::insert);
            Diagnoser.fireWithinBudget(session);
        } catch (RulesDidNotFinishException e) {
            // A runaway rule base is check's to report (as a failing scenario); coverage counts what fired before the stop.
        } finally {
            session.dispose();
        }
        return fired;
    }
}
