package com.salesdx.diagnosis;

import com.salesdx.answers.AnswerSet;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import com.salesdx.facts.Answer;
import com.salesdx.facts.Finding;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.rules.RuleBase;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Runs one diagnosis: answers become typed facts in a fresh session of the given rule base,
 * the rules fire, and the findings they insert are merged, scored and turned into remedies.
 * Thread-safe: each call has its own session; the rule base is immutable.
 */
public final class Diagnoser {
    /** A rule base that keeps firing past this many activations has a loop; stop rather than hang. */
    static final int MAX_FIRINGS = 100_000;
    private static final ClassObjectFilter FINDINGS = new ClassObjectFilter(Finding.class);

    private Diagnoser() {
    }

    public static Diagnosis diagnose(RuleBase ruleBase, AnswerSet answers) {
        return diagnose(ruleBase, answers, List.of());
    }

    /**
     * The same, with facts that are not answers of this set: an engagement's perception gaps, built
     * from several respondents. They are inserted beside the answers and their findings merge as usual.
     */
    public static Diagnosis diagnose(RuleBase ruleBase, AnswerSet answers, List<? extends Answer> moreFacts) {
        return diagnose(ruleBase, answers, moreFacts, StageTimes.NONE);
    }

    /** The same, timing each stage into {@code times}: what `salesdx bench` reports as where the time goes. */
    public static Diagnosis diagnose(RuleBase ruleBase, AnswerSet answers, List<? extends Answer> moreFacts,
            StageTimes times) {
        long start = times.now();
        Questionnaire questionnaire = ruleBase.knowledge().questionnaire(answers.questionnaire())
                .orElseThrow(() -> new IllegalArgumentException("unknown questionnaire " + answers.questionnaire()));
        Knowledge knowledge = ruleBase.knowledge();
        List<Answer> facts = AnswerFacts.of(answers, questionnaire);
        facts.addAll(moreFacts);
        long factsDone = times.add(StageTimes.Stage.FACTS, start);
        List<Finding> fired = fire(ruleBase, facts);
        long fireDone = times.add(StageTimes.Stage.RULES, factsDone);
        List<FindingResult> findings = FindingMerger.merge(fired, ruleBase, answers);
        long mergeDone = times.add(StageTimes.Stage.MERGING, fireDone);
        List<PillarResult> pillars = PillarScorer.score(knowledge, questionnaire, answers, findings);
        long scoreDone = times.add(StageTimes.Stage.SCORING, mergeDone);
        List<InterventionRanker.Tally> ranked = InterventionRanker.rank(knowledge, findings,
                sign -> AnswerFacts.given(answers, questionnaire, sign));
        long rankDone = times.add(StageTimes.Stage.RANKING, scoreDone);
        List<String> startHere = StartHere.pick(knowledge, ranked);
        List<RankedIntervention> interventions = InterventionRanker.present(knowledge, ranked, startHere);
        Weakest weakest = Weakest.of(pillars, knowledge.scoring());
        Diagnosis diagnosis = new Diagnosis(ruleBase.version(), questionnaire.id(), pillars, findings, interventions,
                startHere, weakest.pillar(), weakest.tie(), StartHere.reason(knowledge, ranked, startHere));
        times.add(StageTimes.Stage.PRESENTING, rankDone);
        times.count();
        return diagnosis;
    }

    /** The rules alone: insert, fire, collect findings. Also what the benchmark compares against. */
    public static List<Finding> fire(RuleBase ruleBase, List<Answer> facts) {
        KieSession session = ruleBase.newSession();
        try {
            for (Answer fact : facts) {
                session.insert(fact);
            }
            fireWithinBudget(session);
            List<Finding> findings = new ArrayList<>();
            for (Object fact : session.getObjects(FINDINGS)) {
                findings.add((Finding) fact);
            }
            return findings;
        } finally {
            session.dispose();
        }
    }

    /**
     * Fires a session under the same firing cap and wall-clock budget as a diagnosis, for whoever
     * runs sessions of their own (rule coverage); throws {@link RulesDidNotFinishException} past either.
     */
    public static int fireWithinBudget(KieSession session) {
        int firings = TimeBudget.fireAllRules(session, MAX_FIRINGS, TimeBudget.DIAGNOSIS);
        if (firings >= MAX_FIRINGS) {
            throw new RulesDidNotFinishException("the rules did not settle after " + MAX_FIRINGS
                    + " firings: a rule probably re-triggers itself");
        }
        return firings;
    }

    public static List<Answer> facts(RuleBase ruleBase, AnswerSet answers) {
        return AnswerFacts.of(answers, ruleBase.knowledge().questionnaire(answers.questionnaire()).orElseThrow());
    }
}
