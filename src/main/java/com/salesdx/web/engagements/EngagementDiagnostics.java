package com.salesdx.web.engagements;

import com.salesdx.answers.AnswerValues;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.engagement.Engagement;
import com.salesdx.engagement.EngagementDiagnoser;
import com.salesdx.engagement.EngagementDiagnosis;
import com.salesdx.engagement.Respondent;
import com.salesdx.engagement.RoleDiagnoser;
import com.salesdx.engagement.RoundComparer;
import com.salesdx.engagement.RoundComparison;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.rules.RuleBase;
import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.service.InterviewState;
import com.salesdx.store.Interview;
import com.salesdx.web.engagements.EngagementService.RespondentAnswers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules make of an engagement's answers as they stand, always with the rules in force: the
 * combined diagnosis, each role's, this round against the last, and the provisional findings a
 * respondent's interview screen shows, all read with the context the engagement states.
 */
public final class EngagementDiagnostics {
    private final EngagementService engagements;
    private final DiagnosisService diagnoses;
    private final InterviewService interviews;

    EngagementDiagnostics(EngagementService engagements, DiagnosisService diagnoses, InterviewService interviews) {
        this.engagements = engagements;
        this.diagnoses = diagnoses;
        this.interviews = interviews;
    }

    /** The combined diagnosis with the current rules; empty while no respondent has been added. */
    public Optional<EngagementDiagnosis> diagnose(StoredEngagement engagement) {
        RuleBase ruleBase = diagnoses.ruleBase();
        Engagement combined = engineEngagement(ruleBase.knowledge(), engagement);
        return combined.respondents().isEmpty() ? Optional.empty()
                : Optional.of(EngagementDiagnoser.diagnose(ruleBase, combined));
    }

    /** Each role's answers diagnosed on their own with the engagement's context (the report's chart per role). */
    public RoleDiagnoser.ByRole byRole(EngagementDiagnosis diagnosis) {
        return RoleDiagnoser.diagnose(diagnoses.ruleBase(), diagnosis.engagement());
    }

    /** This round against the one before it, both diagnosed with today's rules; empty for a first round. */
    public Optional<RoundComparison> compareWithPrevious(StoredEngagement later) {
        Optional<StoredEngagement> earlier = later.previousId() == null ? Optional.empty() : engagements.find(later.previousId());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Optional<EngagementDiagnosis> then = diagnose(earlier.get());
        Optional<EngagementDiagnosis> now = diagnose(later);
        return then.isEmpty() || now.isEmpty() ? Optional.empty()
                : Optional.of(RoundComparer.compare(engagements.knowledge(), then.get(), now.get()));
    }

    /** A respondent's interview as it stands, its provisional findings drawn with the context the engagement states. */
    public InterviewState respondentState(StoredEngagement engagement, Interview interview) {
        return interviews.state(interview, statedContext(engagements.knowledge(), engagement));
    }

    private static Map<String, GivenAnswer> statedContext(Knowledge knowledge, StoredEngagement engagement) {
        Map<String, GivenAnswer> context = new LinkedHashMap<>();
        engagement.context().forEach((id, value) -> knowledge.question(id).ifPresent(q -> {
            AnswerValues.Parsed parsed = AnswerValues.parse(q, value);
            if (parsed.error() == null) {
                context.put(id, parsed.dontKnow() ? GivenAnswer.dontKnow(id, null) : new GivenAnswer(id, parsed.value(), false, null));
            }
        }));
        return context;
    }

    private Engagement engineEngagement(Knowledge knowledge, StoredEngagement engagement) {
        Map<String, GivenAnswer> context = statedContext(knowledge, engagement);
        List<Respondent> respondents = new ArrayList<>();
        for (RespondentAnswers r : engagements.answers(engagement)) {
            Questionnaire questionnaire = knowledge.questionnaire(r.interview().questionnaire()).orElseThrow();
            respondents.add(new Respondent(r.respondent().name(), r.respondent().role(),
                    InterviewService.answerSet(questionnaire, r.answers())));
        }
        return new Engagement(engagement.client(), engagement.sector(), engagement.roundLabel(), context, respondents,
                engagement.chosenInterventions(), engagement.rulesVersion());
    }
}
