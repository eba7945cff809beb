package com.salesdx.diagnosis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salesdx.knowledge.Severity;
import java.util.List;

/**
 * The outcome of one diagnosis: pillar scores, findings with their evidence, interventions in
 * the order to do them, and the version of the rules and knowledge base that produced it.
 * {@code weakestPillar} is named only when one pillar is clearly lower; {@code weakestTie} lists
 * the pillars that share the bottom otherwise. {@code startReason} says in one line why the
 * first remedy is first.
 */
public record Diagnosis(String version, String questionnaire, List<PillarResult> pillars, List<FindingResult> findings,
        List<RankedIntervention> interventions, List<String> startHere, String weakestPillar, List<String> weakestTie,
        String startReason) {

    /**
     * One pillar: a 0-100 score and band when enough was answered, a maturity level (null when its
     * foundations were not asked), the confidence the answers allow, and in {@code basis} one
     * sentence on what it rests on ("2 high findings from 3 answers; 1 more answer would score it").
     */
    public record PillarResult(String id, String name, Integer score, String band, boolean assessed, int answered,
            int scoredQuestions, int findings, Integer level, String levelName, String levelNote, String confidence,
            int moreAnswersToScore, String basis) {
    }

    /**
     * {@code kind} is "problem", "visibility" for a finding about what nobody could say, or "perception"
     * for leaders and sellers answering the same question differently (engagements only).
     */
    public record FindingResult(String id, String pillar, String severity, String kind, String title, String explanation,
            List<String> interventions, List<RuleRef> rules, List<EvidenceAnswer> evidence) {

        public boolean visibility() {
            return "visibility".equals(kind);
        }

        public Severity severityLevel() {
            return Severity.of(severity);
        }
    }

    /** The rule that fired, where a domain expert can find it. */
    public record RuleRef(String name, String file, int line) {
    }

    /**
     * One answer behind a finding, as the respondent gave it. In an engagement the answer is the
     * combined one: {@code restsOn} says how many respondents it rests on and {@code byRole} what each
     * role said; both are absent (null) for a single interview.
     */
    public record EvidenceAnswer(String question, String text, String answer, String note,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer restsOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<RoleAnswers> byRole) {

        public EvidenceAnswer(String question, String text, String answer, String note) {
            this(question, text, answer, note, null, null);
        }
    }

    /**
     * What the respondents of one role answered to one question, e.g. sellers: no, no, yes.
     * {@code counted} is false when the role is not a credible witness for the question.
     */
    public record RoleAnswers(String role, String label, List<String> answers, boolean counted) {
    }

    /**
     * An intervention in order; why, steps and indicators are given in full for the start-here ones only.
     * {@code firstRemedy}: it is the first remedy the rules name for a finding of start-here severity that
     * no earlier remedy answers. Those come before the rest, whose order is by priority alone.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankedIntervention(int rank, String id, String title, List<String> pillars, String lever,
            double priority, List<String> addresses, String horizon, String why, List<String> steps,
            List<String> indicators, boolean firstRemedy) {
    }
}
