package com.salesdx.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.facts.Answer;
import com.salesdx.facts.Choice;
import com.salesdx.facts.Finding;
import com.salesdx.facts.YesNo;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiagnosisBehaviourTest {
    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();

    @Test
    void anEmptyAnswerSetAssessesNoPillarAndConcludesNothing() {
        Diagnosis diagnosis = Diagnoser.diagnose(ruleBase, new AnswerSet("consultant", Map.of(), Map.of()));
        assertEquals(List.of(), diagnosis.findings());
        assertTrue(diagnosis.pillars().stream().noneMatch(PillarResult::assessed));
        assertTrue(diagnosis.pillars().stream().allMatch(p -> p.band().equals("not assessed")));
        assertNull(diagnosis.weakestPillar());
        assertEquals(List.of(), diagnosis.startHere());
    }

    @Test
    void dontKnowIsNeverReadAsNoAndAPillarOfDontKnowsIsNotAssessed() {
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        consultantQuestions().forEach(q -> answers.put(q.id(), GivenAnswer.dontKnow(q.id(), null)));
        Diagnosis diagnosis = Diagnoser.diagnose(ruleBase, new AnswerSet("consultant", answers, Map.of()));
        assertTrue(diagnosis.pillars().stream().noneMatch(PillarResult::assessed));
        for (FindingResult finding : diagnosis.findings()) {
            assertTrue(finding.evidence().stream().allMatch(e -> e.answer().equals("don't know")),
                    finding.id() + " fired on something other than \"don't know\": " + finding.evidence());
        }
    }

    @Test
    void aCeoAnswerFiresExactlyTheRulesOfTheConsultantQuestionsItFeeds() {
        for (QuestionDef ceo : ruleBase.knowledge().questionnaire("ceo").orElseThrow().orderedQuestions()) {
            Diagnosis fromCeo = diagnose("ceo", Map.of(ceo.id(), false));
            Map<String, Object> fed = new LinkedHashMap<>();
            ceo.feeds().forEach(id -> fed.put(id, false));
            Diagnosis fromConsultant = diagnose("consultant", fed);
            assertEquals(ids(fromConsultant), ids(fromCeo), ceo.id() + " feeds " + ceo.feeds());
            for (FindingResult finding : fromCeo.findings()) {
                assertEquals(Set.of(ceo.id()), finding.evidence().stream().map(e -> e.question()).collect(Collectors.toSet()),
                        "the evidence names the CEO question that was really answered");
            }
        }
    }

    @Test
    void everyCeoNoProducesAtLeastOneFindingSoTheExecutiveGetsAnAnswer() {
        Map<String, Object> allNo = new LinkedHashMap<>();
        ruleBase.knowledge().questionnaire("ceo").orElseThrow().orderedQuestions().forEach(q -> allNo.put(q.id(), false));
        Diagnosis diagnosis = diagnose("ceo", allNo);
        Set<String> answeredWithFindings = diagnosis.findings().stream().flatMap(f -> f.evidence().stream())
                .map(e -> e.question()).collect(Collectors.toSet());
        assertEquals(allNo.keySet(), answeredWithFindings, "CEO questions whose no leads to no finding");
        assertTrue(diagnosis.pillars().stream().allMatch(PillarResult::assessed));
        assertEquals(3, diagnosis.startHere().size());
    }

    @Test
    void aFullyHealthyInterviewScoresEveryPillarStrongWithoutHighFindings() {
        Map<String, Object> healthy = new LinkedHashMap<>();
        for (QuestionDef q : consultantQuestions()) {
            if (q.scored()) {
                healthy.put(q.id(), healthiest(q));
            }
        }
        Diagnosis diagnosis = diagnose("consultant", healthy);
        assertTrue(diagnosis.findings().stream().noneMatch(f -> f.severity().equals("high")),
                "high findings on healthy answers: " + ids(diagnosis));
        assertTrue(diagnosis.pillars().stream().allMatch(p -> p.assessed() && p.score() >= 75),
                "pillars: " + diagnosis.pillars());
    }

    @Test
    void interventionsAreDeduplicatedAndEachNamesTheFindingsItAddresses() {
        Map<String, Object> allNo = new LinkedHashMap<>();
        ruleBase.knowledge().questionnaire("ceo").orElseThrow().orderedQuestions().forEach(q -> allNo.put(q.id(), false));
        Diagnosis diagnosis = diagnose("ceo", allNo);
        List<String> ids = diagnosis.interventions().stream().map(Diagnosis.RankedIntervention::id).toList();
        assertEquals(Set.copyOf(ids).size(), ids.size(), "no intervention listed twice");
        Set<String> findingIds = ids(diagnosis);
        for (Diagnosis.RankedIntervention it : diagnosis.interventions()) {
            assertFalse(it.addresses().isEmpty());
            assertTrue(findingIds.containsAll(it.addresses()));
        }
        // Breadth first: the first remedies of urgent findings lead, each group in falling priority.
        List<Diagnosis.RankedIntervention> ranked = diagnosis.interventions();
        int drops = 0;
        for (int i = 1; i < ranked.size(); i++) {
            if (ranked.get(i - 1).priority() < ranked.get(i).priority()) {
                drops++;
            }
        }
        assertTrue(drops <= 1, "priority rises more than once, at the start of the second-choice remedies: " + ranked);
    }

    @Test
    void aFindingConcludedByBothBranchesOfAnOrReadsTheSameWhicheverBranchFiredFirst() {
        String rule = "Strategy: results are on plan, but plans still only add targets and never trade anything off";
        Map<String, GivenAnswer> given = new LinkedHashMap<>();
        given.put("context.results_trend", new GivenAnswer("context.results_trend", "on_plan", false, null));
        given.put("strategy.plans_say_stop", new GivenAnswer("strategy.plans_say_stop", false, false, null));
        given.put("strategy.plans_move_time", new GivenAnswer("strategy.plans_move_time", false, false, null));
        AnswerSet answers = new AnswerSet("consultant", given, Map.of());
        Answer trend = new Choice("context.results_trend", "context.results_trend", "on_plan");
        Finding viaStop = new Finding("strategy.plans-only-revenue-targets", rule,
                List.of(trend, new YesNo("strategy.plans_say_stop", "strategy.plans_say_stop", false)));
        Finding viaTime = new Finding("strategy.plans-only-revenue-targets", rule,
                List.of(trend, new YesNo("strategy.plans_move_time", "strategy.plans_move_time", false)));

        List<FindingResult> stopFirst = FindingMerger.merge(new java.util.ArrayList<>(List.of(viaStop, viaTime)), ruleBase, answers);
        List<FindingResult> timeFirst = FindingMerger.merge(new java.util.ArrayList<>(List.of(viaTime, viaStop)), ruleBase, answers);

        assertEquals(stopFirst, timeFirst);
        assertEquals(List.of("context.results_trend", "strategy.plans_move_time", "strategy.plans_say_stop"),
                stopFirst.get(0).evidence().stream().map(e -> e.question()).toList());
    }

    @Test
    void oneHealthyAnswerShowsNoWarningSignRatherThanStrength() {
        Diagnosis diagnosis = diagnose("ceo", Map.of("ceo.compensation_aligned", true));
        PillarResult pay = pillar(diagnosis, "compensation");
        assertTrue(pay.assessed(), "the executive questionnaire asks one pay question, so one answer scores it");
        assertEquals(75, pay.score());
        assertEquals("no warning sign", pay.band(), "one yes is no evidence of strength");
    }

    @Test
    void aSingleHealthyAnswerScoredBelowTheTopBandNeverReadsAsNeedingAttention() {
        PillarResult skills = pillar(diagnose("ceo", Map.of("ceo.skills_plan_survives_top_sellers", true)), "skills");
        assertTrue(skills.score() < 75, "the neutral prior pulls one healthy answer below the top band: " + skills);
        assertEquals("no warning sign", skills.band());
        PillarResult weakSkills = pillar(diagnose("ceo", Map.of("ceo.skills_plan_survives_top_sellers", false)), "skills");
        assertEquals("weak", weakSkills.band(), "an unhealthy answer is still a warning: " + weakSkills);
    }

    @Test
    void aPillarWithEnoughHealthyAnswersIsStrong() {
        Map<String, Object> healthy = new LinkedHashMap<>();
        for (QuestionDef q : consultantQuestions()) {
            if ("compensation".equals(q.pillar()) && q.scored() && q.type() == com.salesdx.knowledge.QuestionType.YES_NO) {
                healthy.put(q.id(), q.healthyIsYesOrHigh());
            }
        }
        assertTrue(healthy.size() >= 3, "the consultant questionnaire asks several yes/no pay questions: " + healthy.keySet());
        PillarResult pay = pillar(diagnose("consultant", healthy), "compensation");
        assertEquals("strong", pay.band(), pay.toString());
    }

    @Test
    void whatAPillarRestsOnCountsDontKnowApartFromAnswers() {
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        answers.put("ceo.process_forecast_within_ten", GivenAnswer.dontKnow("ceo.process_forecast_within_ten", null));
        Diagnosis diagnosis = Diagnoser.diagnose(ruleBase, new AnswerSet("ceo", answers, Map.of()));
        String basis = pillar(diagnosis, "process").basis();
        assertTrue(basis.contains("from 1 don't know of 2"), basis);
        assertFalse(basis.contains("0 answers"), basis);
    }

    @Test
    void theRemediesAreNumberedInTheOrderToDoThemStartingWithStartHere() {
        for (AnswerSet answers : com.salesdx.bench.SampleAnswers.generate(ruleBase.knowledge(), "consultant", 200, 3)) {
            Diagnosis diagnosis = Diagnoser.diagnose(ruleBase, answers);
            List<String> first = diagnosis.interventions().stream().limit(diagnosis.startHere().size())
                    .map(Diagnosis.RankedIntervention::id).toList();
            assertEquals(diagnosis.startHere(), first, "start here is the top of the list");
            for (int i = 0; i < diagnosis.interventions().size(); i++) {
                assertEquals(i + 1, diagnosis.interventions().get(i).rank());
            }
        }
    }

    @Test
    void trainingAlreadyRunAsWorkshopsJudgedByResultsIsNotRecommendedAgain() {
        Map<String, Object> weakDiscovery = new LinkedHashMap<>(Map.of("skills.discovery_quality", 2));
        assertTrue(remedies(diagnose("consultant", weakDiscovery)).contains("workshop-training"));

        weakDiscovery.put("skills.training_format", "live_workshops");
        assertTrue(remedies(diagnose("consultant", weakDiscovery)).contains("workshop-training"),
                "workshops whose business effect nobody measures still need the second half of the remedy");
        weakDiscovery.put("skills.training_impact_measured", "business_results");
        assertFalse(remedies(diagnose("consultant", weakDiscovery)).contains("workshop-training"));
    }

    @Test
    void oneContactPerDealCostsSkillsPointsInAComplexSaleButNotInATransactionalOne() {
        Map<String, Object> skills = new LinkedHashMap<>(Map.of("skills.discovery_quality", 4, "skills.competency_model", true,
                "skills.top_practices_documented", true, "skills.multi_threading", 1, "skills.executive_access", 1,
                "skills.buying_committee_known", 1));
        Map<String, Object> withoutCommittee = new LinkedHashMap<>(skills);
        List.of("skills.multi_threading", "skills.executive_access", "skills.buying_committee_known").forEach(withoutCommittee::remove);

        skills.put("context.sales_motion", "transactional");
        withoutCommittee.put("context.sales_motion", "transactional");
        PillarResult transactional = pillar(diagnose("consultant", skills), "skills");
        assertEquals(pillar(diagnose("consultant", withoutCommittee), "skills").score(), transactional.score(),
                "one buyer: the committee answers count neither way");
        assertEquals(3, transactional.answered(), transactional.basis());
        assertTrue(transactional.basis().contains("not counting 3 that do not apply in this context"), transactional.basis());

        skills.put("context.sales_motion", "complex_b2b");
        PillarResult complex = pillar(diagnose("consultant", skills), "skills");
        assertEquals(6, complex.answered(), complex.basis());
        assertTrue(complex.score() < transactional.score(), complex.score() + " vs " + transactional.score());
    }

    private static List<String> remedies(Diagnosis diagnosis) {
        return diagnosis.interventions().stream().map(Diagnosis.RankedIntervention::id).toList();
    }

    private static PillarResult pillar(Diagnosis diagnosis, String id) {
        return diagnosis.pillars().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private Diagnosis diagnose(String questionnaire, Map<String, Object> values) {
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        values.forEach((id, value) -> answers.put(id, new GivenAnswer(id, value, false, null)));
        return Diagnoser.diagnose(ruleBase, new AnswerSet(questionnaire, answers, Map.of()));
    }

    private List<QuestionDef> consultantQuestions() {
        return ruleBase.knowledge().questionnaire("consultant").orElseThrow().orderedQuestions();
    }

    private static Set<String> ids(Diagnosis diagnosis) {
        return diagnosis.findings().stream().map(FindingResult::id).collect(Collectors.toSet());
    }

    /** The best answer a question allows, by its own scoring. */
    private static Object healthiest(QuestionDef q) {
        return switch (q.type()) {
            case YES_NO -> q.healthyIsYesOrHigh();
            case SCALE -> q.healthyIsYesOrHigh() ? 5 : 1;
            case NUMBER -> q.score().goodValue();
            case CHOICE -> q.options().stream().max(java.util.Comparator.comparingInt(o -> o.score() == null ? -1 : o.score()))
                    .orElseThrow().value();
        };
    }
}
