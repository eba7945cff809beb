package com.salesdx.diagnosis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The outcome of one diagnosis: pillar scores, findings with their evidence, interventions in
 * the order to do them, and the version of the rules and knowledge base that produced it.
 */
public record Diagnosis(String version, String questionnaire, List<PillarResult> pillars, List<FindingResult> findings,
        List<RankedIntervention> interventions, List<String> startHere, String weakestPillar) {

    public record PillarResult(String id, String name, Integer score, String band, boolean assessed, int answered,
            int scoredQuestions, int findings) {
    }

    public record FindingResult(String id, String pillar, String severity, String title, String explanation,
            List<String> interventions, List<RuleRef> rules, List<EvidenceAnswer> evidence) {
    }

    /** The rule that fired, where a domain expert can find it. */
    public record RuleRef(String name, String file, int line) {
    }

    /** One answer behind a finding, as the respondent gave it. */
    public record EvidenceAnswer(String question, String text, String answer, String note) {
    }

    /** An intervention in order; why, steps and indicators are given in full for the start-here ones only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankedIntervention(int rank, String id, String title, List<String> pillars, double priority,
            List<String> addresses, String horizon, String why, List<String> steps, List<String> indicators) {
    }
}
