package com.salesdx.web.engagements;

import com.salesdx.engagement.EngagementDiagnosis;
import com.salesdx.engagement.Respondent;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.store.StoredDiagnosis;
import com.salesdx.web.report.Report;
import com.salesdx.web.report.ReportHeader;
import com.salesdx.web.report.ReportPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engagement's combined diagnosis as the report a consultant hands over (web.report's page, print
 * style and export), its header filled from the engagement: client, engagement, round, respondents.
 */
final class EngagementReport {
    private EngagementReport() {
    }

    static Report of(StoredEngagement engagement, EngagementDiagnosis diagnosis, Knowledge knowledge, EngagementService service) {
        Instant now = Instant.now();
        String questionnaire = diagnosis.diagnosis().questionnaire();
        // Not a stored result: the report is diagnosed afresh from the answers as they stand, so its id is the engagement's.
        StoredDiagnosis row = new StoredDiagnosis(engagement.id(), questionnaire, "", new byte[0], diagnosis.diagnosis().version(), null, now);
        List<String> respondents = new ArrayList<>();
        for (Respondent r : diagnosis.engagement().respondents()) {
            respondents.add(r.describe(service.roleLabel(r.role())));
        }
        String title = knowledge.questionnaire(questionnaire).map(Questionnaire::title).orElse(questionnaire);
        ReportHeader header = new ReportHeader(engagement.client(), name(engagement), engagement.roundLabel(), respondents, now,
                title);
        return new Report(row, header, diagnosis.diagnosis(), List.of());
    }

    /** The report page's model plus what only an engagement has: how many people each finding rests on, and who by role. */
    static Map<String, Object> model(Report report, EngagementDiagnosis diagnosis, Knowledge knowledge, EngagementService service) {
        Map<String, Object> model = ReportPage.model(report, knowledge);
        model.put("findingRestsOn", diagnosis.findingRestsOn());
        Map<String, Integer> byRole = new LinkedHashMap<>();
        diagnosis.engagement().respondents().forEach(r -> byRole.merge(service.roleLabel(r.role()), 1, Integer::sum));
        model.put("byRole", byRole);
        model.put("perceptionCount", diagnosis.perceptionFindings().size());
        return model;
    }

    private static String name(StoredEngagement engagement) {
        return engagement.sector() == null ? "Sales system diagnostic" : "Sales system diagnostic, " + engagement.sector();
    }
}
