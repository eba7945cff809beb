package com.salesdx.engagement;

import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.facts.Answer;
import com.salesdx.facts.Gap;
import com.salesdx.knowledge.Combination;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Diagnoses an engagement: combines the respondents' answers, finds where leaders and sellers
 * disagree, and runs the ordinary {@link Diagnoser} on the combined answers plus those gaps, so the
 * same rules, scores and remedies apply as for one interview. Thread-safe for the same reasons.
 */
public final class EngagementDiagnoser {
    private EngagementDiagnoser() {
    }

    /** The combined answers and the perception gaps between leaders and sellers: what the rules are given. */
    private record Inputs(CombinedAnswers combined, List<Gap> gaps) {
    }

    public static EngagementDiagnosis diagnose(RuleBase ruleBase, Engagement engagement) {
        Inputs inputs = inputs(ruleBase, engagement);
        CombinedAnswers combined = inputs.combined();
        List<Gap> gaps = inputs.gaps();
        Diagnosis plain = Diagnoser.diagnose(ruleBase, combined.answers(), gaps);
        List<FindingResult> findings = new ArrayList<>(plain.findings().size());
        Map<String, Integer> restsOn = new LinkedHashMap<>();
        for (FindingResult finding : plain.findings()) {
            Set<Integer> respondents = new TreeSet<>();
            boolean perception = RuleDescription.PERCEPTION.equals(finding.kind());
            List<EvidenceAnswer> evidence = new ArrayList<>(finding.evidence().size());
            for (EvidenceAnswer e : finding.evidence()) {
                CombinedAnswer answer = combined.question(e.question()).orElse(null);
                if (answer == null || answer.fromContext()) {
                    evidence.add(e); // a context fact is stated for everyone, not answered by anyone in particular
                } else {
                    // A perception gap rests on both sides, witnesses or not: that they differ is the finding.
                    respondents.addAll(perception ? answer.answeredBy() : answer.respondents());
                    evidence.add(new EvidenceAnswer(e.question(), e.text(), e.answer(), e.note(), answer.restsOn(),
                            answer.byRole()));
                }
            }
            restsOn.put(finding.id(), respondents.size());
            findings.add(new FindingResult(finding.id(), finding.pillar(), finding.severity(), finding.kind(), finding.title(),
                    finding.explanation(), finding.interventions(), finding.rules(), List.copyOf(evidence)));
        }
        Diagnosis diagnosis = new Diagnosis(plain.version(), plain.questionnaire(), plain.pillars(), List.copyOf(findings),
                plain.interventions(), plain.startHere(), plain.weakestPillar(), plain.weakestTie(), plain.startReason());
        return new EngagementDiagnosis(engagement, diagnosis, combined, List.copyOf(gaps),
                java.util.Collections.unmodifiableMap(restsOn));
    }

    /** The facts a diagnosis of {@code engagement} inserts (combined answers and gaps): what rule coverage fires. */
    public static List<Answer> facts(RuleBase ruleBase, Engagement engagement) {
        Inputs inputs = inputs(ruleBase, engagement);
        List<Answer> facts = new ArrayList<>(Diagnoser.facts(ruleBase, inputs.combined().answers()));
        facts.addAll(inputs.gaps());
        return facts;
    }

    private static Inputs inputs(RuleBase ruleBase, Engagement engagement) {
        Knowledge knowledge = ruleBase.knowledge();
        Combination combination = knowledge.combination().orElseThrow(() -> new IllegalStateException(
                "the knowledge base has no combination.yaml, which says how several respondents' answers combine"));
        Questionnaire questionnaire = Respondents.commonQuestionnaire(knowledge, engagement.respondents())
                .orElseThrow(() -> new IllegalArgumentException("the respondents answered questionnaires that cannot be combined"));
        CombinedAnswers combined = new AnswerCombiner(knowledge, combination, questionnaire).combine(engagement);
        return new Inputs(combined, PerceptionGaps.find(knowledge, combination, questionnaire, engagement));
    }
}
