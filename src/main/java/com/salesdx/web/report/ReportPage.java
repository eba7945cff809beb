package com.salesdx.web.report;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.knowledge.Knowledge;
import java.util.LinkedHashMap;
import java.util.Map;

/** The template model of a report, the same for the result page and the HTML export. */
public final class ReportPage {
    private ReportPage() {
    }

    public static Map<String, Object> model(Report report, Knowledge knowledge) {
        Map<String, Object> model = new LinkedHashMap<>(ResultView.of(report.diagnosis(), knowledge));
        model.put("title", report.header().client() == null ? "Diagnosis" : "Diagnosis: " + report.header().client());
        model.put("id", report.id());
        model.put("stored", report.row());
        model.put("header", report.header());
        model.put("summary", ReportSummary.of(report.diagnosis()));
        model.put("diagnosis", report.diagnosis());
        model.put("fromCeo", report.row().questionnaire().equals("ceo"));
        model.put("findingNumbers", findingNumbers(report));
        return model;
    }

    /** The style sheet that puts the client and date at the top of every printed page. */
    public static String printCss(ReportHeader header) {
        return "/* Running header of one report: generated, with the client's name escaped as a CSS string. */\n"
                + "@page {\n"
                + "  @top-left { content: " + CssText.quoted(header.runningTitle()) + "; }\n"
                + "  @top-right { content: " + CssText.quoted(header.readableDate()) + "; }\n"
                + "}\n";
    }

    /** Finding id to its number in the findings list, so the appendix can say "finding 3". */
    private static Map<String, Integer> findingNumbers(Report report) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int n = 1;
        for (FindingResult finding : report.diagnosis().findings()) {
            numbers.put(finding.id(), n++);
        }
        return numbers;
    }
}
