package com.salesdx.web.report;

import com.salesdx.answers.AnswerForm;
import com.salesdx.answers.AnswerValues;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.report.JsonReport;
import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.store.Interview;
import com.salesdx.store.StoredDiagnosis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a report together from a stored diagnosis: the header from the interview behind it (if
 * any) and the answers as stored with the diagnosis, so the report always shows what was
 * diagnosed, even after the interview was reopened and changed. Knows nothing of HTTP.
 */
public final class ReportService {
    private final DiagnosisService diagnoses;
    private final InterviewService interviews;

    public ReportService(DiagnosisService diagnoses, InterviewService interviews) {
        this.diagnoses = diagnoses;
        this.interviews = interviews;
    }

    public Optional<Report> find(String id) {
        return diagnoses.find(id).map(stored -> {
            Knowledge knowledge = diagnoses.knowledge();
            return new Report(stored.row(), header(stored.row(), knowledge), stored.diagnosis(), answers(stored.row(), knowledge));
        });
    }

    public Knowledge knowledge() {
        return diagnoses.knowledge();
    }

    private ReportHeader header(StoredDiagnosis row, Knowledge knowledge) {
        String questionnaire = knowledge.questionnaire(row.questionnaire()).map(Questionnaire::title).orElse(row.questionnaire());
        Optional<Interview> interview = row.interviewId() == null ? Optional.empty() : interviews.find(row.interviewId());
        return interview.map(i -> new ReportHeader(i.client(), i.title(), null,
                        i.respondent() == null ? List.of() : List.of(i.respondent()), row.createdAt(), questionnaire))
                .orElseGet(() -> new ReportHeader(null, null, null, List.of(), row.createdAt(), questionnaire));
    }

    /** Every question of the questionnaire in its order, answered or not, from the answers stored with the diagnosis. */
    @SuppressWarnings("unchecked")
    private static List<AnswerRow> answers(StoredDiagnosis row, Knowledge knowledge) {
        List<AnswerRow> rows = new ArrayList<>();
        Optional<Questionnaire> questionnaire = knowledge.questionnaire(row.questionnaire());
        if (questionnaire.isEmpty()) {
            return rows;
        }
        Map<String, Object> form = JsonReport.read(row.answersJson(), Map.class);
        Map<String, Object> given = (Map<String, Object>) form.getOrDefault("answers", Map.of());
        Map<String, Object> notes = (Map<String, Object>) form.getOrDefault("notes", Map.of());
        for (QuestionDef question : questionnaire.get().orderedQuestions()) {
            String pillar = question.pillar() == null ? "Context"
                    : knowledge.pillar(question.pillar()).map(p -> p.name()).orElse(question.pillar());
            Object note = notes.get(question.id());
            rows.add(new AnswerRow(pillar, question.id(), question.text(), display(question, given.get(question.id())),
                    note == null ? "" : note.toString()));
        }
        return rows;
    }

    private static String display(QuestionDef question, Object value) {
        if (value == null) {
            return "";
        }
        if (AnswerForm.DONT_KNOW.equals(value)) {
            return "don't know";
        }
        AnswerValues.Parsed parsed = AnswerValues.parse(question, value);
        if (parsed.dontKnow()) {
            return "don't know";
        }
        return parsed.error() != null || parsed.value() == null ? value.toString() : question.display(parsed.value());
    }
}
