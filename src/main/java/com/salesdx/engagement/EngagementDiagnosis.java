package com.salesdx.engagement;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.facts.Gap;
import com.salesdx.rules.RuleDescription;
import java.util.List;
import java.util.Map;

/**
 * The diagnosis of a whole engagement: the usual {@link Diagnosis} of the combined answers (its
 * evidence carrying "rests on N" and the answers by role), the combined answers themselves, the
 * perception gaps found (findings only where a rule says so), and how many respondents each finding
 * rests on.
 */
public record EngagementDiagnosis(Engagement engagement, Diagnosis diagnosis, CombinedAnswers combined, List<Gap> gaps,
        Map<String, Integer> findingRestsOn) {

    /** The findings about leaders and sellers answering differently, in diagnosis order. */
    public List<FindingResult> perceptionFindings() {
        return diagnosis.findings().stream().filter(f -> RuleDescription.PERCEPTION.equals(f.kind())).toList();
    }

    public int restsOn(String findingId) {
        return findingRestsOn.getOrDefault(findingId, 0);
    }
}
