package com.salesdx.web.engagements;

import com.salesdx.answers.AnswerValues;
import com.salesdx.engagement.EngagementDiagnosis;
import com.salesdx.engagement.RoleDiagnoser.ByRole;
import com.salesdx.engagement.RoundComparison;
import com.salesdx.engagement.RoleDiagnoser.RoleResult;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.store.StoredAnswer;
import com.salesdx.web.engagements.EngagementService.RespondentAnswers;
import com.salesdx.web.report.CsvCells;
import com.salesdx.web.report.ExportJson;
import com.salesdx.web.report.Report;
import com.salesdx.web.report.ReportSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The engagement's answers as CSV (one row per respondent and question they answered or noted, with
 * role and note) and everything as JSON. What a client typed is escaped as in web.report's exports:
 * every CSV cell quoted, formula starts neutralised; {@code < > & '} as JSON \\u escapes.
 */
final class EngagementExports {
    static final List<String> COLUMNS = List.of("client", "round", "respondent", "role", "pillar", "question_id", "question",
            "answer", "note");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL)
            .setHeader(COLUMNS.toArray(String[]::new)).get();

    private EngagementExports() {
    }

    /** The respondent column of a context fact the engagement states for everyone. */
    static final String STATED = "(stated for everyone)";

    static String csv(StoredEngagement engagement, List<RespondentAnswers> respondents, Knowledge knowledge,
            EngagementService service) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (RespondentAnswers r : respondents) {
                Questionnaire questionnaire = knowledge.questionnaire(r.interview().questionnaire()).orElseThrow();
                for (QuestionDef question : questionnaire.orderedQuestions()) {
                    StoredAnswer answer = r.answers().get(question.id());
                    if (answer == null) {
                        continue;
                    }
                    String pillar = question.pillar() == null ? "Context"
                            : knowledge.pillar(question.pillar()).map(p -> p.name()).orElse(question.pillar());
                    csv.printRecord(List.of(engagement.client(), engagement.roundLabel(), nameOf(r), service.roleLabel(
                            r.respondent().role()), pillar, question.id(), question.text(), display(question, answer),
                            answer.note() == null ? "" : answer.note()).stream().map(CsvCells::neutralise).toList());
                }
            }
            // The context stated once for everyone counts in every diagnosis, so it is in the export too, after the people.
            for (Map.Entry<String, Object> stated : engagement.context().entrySet()) {
                QuestionDef question = knowledge.question(stated.getKey()).orElse(null);
                if (question == null) {
                    continue;
                }
                StoredAnswer answer = new StoredAnswer(question.id(), stated.getValue(), false, null);
                csv.printRecord(List.of(engagement.client(), engagement.roundLabel(), STATED, "Engagement", "Context", question.id(),
                        question.text(), display(question, answer), "").stream().map(CsvCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** {@code since}: this round beside the one before, or null for a first round. */
    static String json(StoredEngagement engagement, List<RespondentAnswers> respondents, EngagementDiagnosis diagnosis,
            Report report, ByRole byRole, RoundComparison since, EngagementService service) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", engagement.id());
        about.put("client", engagement.client());
        about.put("sector", engagement.sector());
        about.put("round", engagement.round());
        about.put("previous_round", engagement.previousId());
        about.put("context", engagement.context());
        about.put("chosen_interventions", engagement.chosenInterventions());
        about.put("rules_version_at_next_round", engagement.rulesVersion());
        out.put("engagement", about);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("client", report.header().client());
        header.put("engagement", report.header().engagement());
        header.put("round", report.header().round());
        header.put("respondents", report.header().respondents());
        header.put("date", report.header().readableDate());
        out.put("header", header);
        List<Map<String, Object>> people = new ArrayList<>();
        for (RespondentAnswers r : respondents) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", r.respondent().name());
            person.put("role", r.respondent().role());
            person.put("questionnaire", r.interview().questionnaire());
            person.put("answers", r.answers().values());
            people.add(person);
        }
        out.put("respondents", people);
        out.put("since_previous_round", since);
        if (diagnosis != null) {
            out.put("summary", ReportSummary.of(diagnosis.diagnosis()));
            out.put("combined_answers", diagnosis.combined().byQuestion().values());
            out.put("perception_gaps", diagnosis.gaps());
            out.put("finding_rests_on", diagnosis.findingRestsOn());
            out.put("diagnosis", diagnosis.diagnosis());
        }
        if (byRole != null) {
            out.put("by_role", byRole.roles().stream().map(EngagementExports::role).toList());
            out.put("role_differences", byRole.spreads().stream().map(RoleChart::sentence).toList());
        }
        return ExportJson.write(out);
    }

    /** One role's own pillar results: what the report's chart per role shows. */
    private static Map<String, Object> role(RoleResult role) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", role.role());
        out.put("label", role.label());
        out.put("respondents", role.respondents());
        out.put("pillars", role.diagnosis().pillars().stream().map(p -> {
            Map<String, Object> pillar = new LinkedHashMap<>();
            pillar.put("id", p.id());
            pillar.put("name", p.name());
            pillar.put("assessed", p.assessed());
            pillar.put("score", p.score());
            pillar.put("band", p.band());
            pillar.put("answered", p.answered());
            return pillar;
        }).toList());
        return out;
    }

    private static String nameOf(RespondentAnswers r) {
        return r.respondent().name() == null ? "" : r.respondent().name();
    }

    private static String display(QuestionDef question, StoredAnswer answer) {
        if (answer.dontKnow()) {
            return "don't know";
        }
        if (answer.value() == null) {
            return "";
        }
        AnswerValues.Parsed parsed = AnswerValues.parse(question, answer.value());
        return parsed.error() != null || parsed.value() == null ? String.valueOf(answer.value()) : question.display(parsed.value());
    }
}
