package com.salesdx.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.support.ProjectFiles;
import com.salesdx.support.TestServer;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's exports over real HTTP on a real database, fed with what a hostile or careless
 * client might type: markup, quotes, separators, line breaks and spreadsheet formulas.
 */
class ReportExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT = "=HYPERLINK(\"http://evil.example\",\"Acme\") <script>alert(1)</script>";
    private static final String RESPONDENT = "+Dana \"DJ\" Reyes, Head of Sales";
    private static final String NOTE = "-2+3, said \"maybe\";\nsecond line <img src=x onerror=alert(2)>";
    private static final String AT_NOTE = "@SUM(A1:A9)";
    private static final String TAB_NOTE = "-1\tcmd|' /C calc'!A0";
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @TempDir
    Path data;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.embedded(data);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theAnswersCsvHasOneRowPerQuestionWithClientAndRespondentAndNoCellAFormula() throws Exception {
        String result = finishedInterview(CLIENT, RESPONDENT);
        HttpResponse<String> response = server.get("/results/" + result + "/answers.csv");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        Questionnaire consultant = ProjectFiles.shippedRuleBase().knowledge().questionnaire("consultant").orElseThrow();
        assertEquals(consultant.orderedQuestions().size(), rows.size(), "one row per question of the questionnaire");
        assertEquals(AnswersCsv.COLUMNS, rows.get(0).getParser().getHeaderNames());
        for (CSVRecord row : rows) {
            assertEquals("'" + CLIENT, row.get("client"), "the client's formula is neutralised on every row");
            assertEquals("'" + RESPONDENT, row.get("respondent"));
            for (String cell : row) {
                assertFalse(cell.matches("(?s)^[=+\\-@\t\r].*"), "a cell a spreadsheet would run: " + cell);
            }
        }
        Map<String, CSVRecord> byQuestion = new java.util.HashMap<>();
        rows.forEach(r -> byQuestion.put(r.get("question_id"), r));
        QuestionDef icp = consultant.question("strategy.icp_exists").orElseThrow();
        CSVRecord icpRow = byQuestion.get(icp.id());
        assertEquals(icp.text(), icpRow.get("question"));
        assertEquals("Strategy & Planning", icpRow.get("pillar"));
        assertEquals("no", icpRow.get("answer"));
        assertEquals("'" + NOTE, icpRow.get("note"), "quotes, the comma and the line break survive inside one cell");
        assertEquals("'" + AT_NOTE, byQuestion.get("process.exit_criteria").get("note"));
        assertEquals("'" + TAB_NOTE, byQuestion.get("process.crm_stages").get("note"));
        assertEquals("don't know", byQuestion.get("context.forecast_within_ten_pct").get("answer"));
        assertEquals("", byQuestion.get("skills.competency_model").get("answer"), "a question not answered is an empty cell");
    }

    /** Notes are stripped when saved, so a leading tab or CR never reaches storage; the CSV guards against it anyway. */
    @Test
    void aCellStartingWithATabOrCarriageReturnIsNeutralisedToo() {
        assertEquals("'\tcmd", CsvCells.neutralise("\tcmd"));
        assertEquals("'\r=1+1", CsvCells.neutralise("\r=1+1"));
        assertEquals("plain -1", CsvCells.neutralise("plain -1"));
        assertEquals("", CsvCells.neutralise(null));
    }

    @Test
    void theJsonExportCarriesHeaderAnswersAndDiagnosisWithMarkupEscaped() throws Exception {
        String result = finishedInterview(CLIENT, RESPONDENT);
        HttpResponse<String> response = server.get("/results/" + result + "/report.json");

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<script") || response.body().contains("<img"), "no raw markup in the JSON");
        assertTrue(response.body().contains("\\u003Cscript\\u003E") || response.body().contains("\\u003cscript\\u003e"));
        JsonNode json = JSON.readTree(response.body());
        assertEquals(CLIENT, json.at("/header/client").asText(), "the client reads back exactly");
        assertEquals(RESPONDENT, json.at("/header/respondents/0").asText());
        assertEquals(result, json.get("id").asText());
        assertFalse(json.get("summary").asText().isBlank());
        assertTrue(json.get("diagnosis").get("findings").size() > 0);
        JsonNode icp = null;
        for (JsonNode answer : json.get("answers")) {
            if (answer.get("question_id").asText().equals("strategy.icp_exists")) {
                icp = answer;
            }
        }
        assertEquals(NOTE, icp.get("note").asText());
    }

    @Test
    void theHtmlExportIsOneSelfContainedPageWithEveryTypedTextEscapedAndNoScript() throws Exception {
        String result = finishedInterview(CLIENT, RESPONDENT);
        HttpResponse<String> response = server.get("/results/" + result + "/report.html");

        assertEquals(200, response.statusCode());
        String page = response.body();
        assertFalse(page.contains("<script"), "the export runs no script, and the client's script tag is text");
        assertFalse(page.contains("<img src=x"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the client name is shown, escaped");
        assertTrue(page.contains("&lt;img src=x onerror=alert(2)&gt;"), "the note is shown, escaped, as evidence");
        assertTrue(page.contains("<style>") && page.contains("@page"), "its style travels with it");
        assertFalse(page.contains("<link rel=\"stylesheet\""), "it needs no other file");
        assertEquals(ReportRoutes.EXPORT_CSP, response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertFalse(ISO_TIMESTAMP.matcher(visibleText(page)).find(), "dates are written for people");
        assertTrue(page.indexOf("id=\"summary-h\"") < page.indexOf("id=\"findings-h\"")
                && page.indexOf("id=\"findings-h\"") < page.indexOf("id=\"start-h\""), "summary, then findings, then interventions");
    }

    @Test
    void thePrintHeaderCarriesTheClientAsACssStringThatNothingTypedCanEnd() throws Exception {
        String client = "Acme\"; } body { display: none } @import url(x); /* \\";
        String result = finishedInterview(client, null);
        HttpResponse<String> css = server.get("/results/" + result + "/print.css");

        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        String topLeft = css.body().lines().filter(l -> l.contains("@top-left")).findFirst().orElseThrow();
        String value = topLeft.substring(topLeft.indexOf("content: ") + 9, topLeft.lastIndexOf(';'));
        assertTrue(value.startsWith("\"Acme\\22 ") && value.endsWith("\""), value);
        assertEquals(2, value.chars().filter(c -> c == '"').count(), "only the string's own quotes: " + value);
        assertFalse(value.contains("{") || value.contains("}") || value.contains(";") || value.contains("/*"), value);
    }

    @Test
    void everyExportKeepsAccentsSymbolsAndEmojiIntactAsUtf8() throws Exception {
        String client = "Müller & Söhne GmbH – 5 000 € 🚀";
        String respondent = "José Núñez, directrice générale";
        String result = finishedInterview(client, respondent);
        for (String export : List.of("/answers.csv", "/report.json", "/report.html", "")) {
            HttpResponse<String> response = server.get("/results/" + result + export);
            assertEquals(200, response.statusCode(), export);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"), export);
            String body = response.body();
            assertTrue(body.contains("Müller") && body.contains("Söhne") && body.contains("5 000 €") && body.contains("🚀"),
                    export + " lost the client's name: " + body.substring(0, Math.min(400, body.length())));
            assertTrue(body.contains("José Núñez"), export + " lost the respondent's name");
        }
    }

    @Test
    void exportsOfAnUnknownResultAre404() throws Exception {
        for (String export : List.of("", "/report.html", "/answers.csv", "/report.json", "/print.css")) {
            assertEquals(404, server.get("/results/AAAAAAAAAAAAAAAAAAAAAA" + export).statusCode(), export);
        }
        HttpResponse<String> json = server.get("/results/AAAAAAAAAAAAAAAAAAAAAA/report.json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "a JSON address answers in JSON");
        assertTrue(JSON.readTree(json.body()).get("error").asText().contains("not found"), json.body());
    }

    @Test
    void anExecutiveResultHasNoClientOrRespondentAndStillExports() throws Exception {
        HttpResponse<String> created = server.post("/api/diagnoses",
                "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_tested_customer\":\"no\"}}");
        String result = JSON.readTree(created.body()).get("id").asText();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(server.get("/results/" + result + "/answers.csv").body())).getRecords();
        assertEquals(10, rows.size());
        assertEquals("", rows.get(0).get("client"));
        assertEquals("no", rows.get(0).get("answer"));
        String page = server.get("/results/" + result).body();
        assertFalse(page.contains("<dt>Client</dt>") || page.contains("<dt>Respondent</dt>"), "no empty header lines");
        assertTrue(page.contains("<dt>Questionnaire</dt>"));
    }

    @Test
    void clientAndRespondentNamesAreValidatedWithTheFieldNamed() throws Exception {
        assertRefused(server.post("/api/interviews", "{\"client\":\"" + "x".repeat(201) + "\"}"), "client", "200 characters");
        assertRefused(server.post("/api/interviews", "{\"client\":42}"), "client", "must be text");
        assertRefused(server.post("/api/interviews", "{\"client\":\"Acme\\u0007\"}"), "client", "control character");
        assertRefused(server.post("/api/interviews", "{\"respondent\":\"Dana\\nReyes\"}"), "respondent", "control character");
        assertRefused(server.post("/api/interviews", "{\"customer\":\"Acme\"}"), "customer", "expected title, client, respondent");

        HttpResponse<String> created = server.post("/api/interviews", "{\"client\":\"Acme Logistics\",\"respondent\":\"Dana\"}");
        assertEquals(201, created.statusCode());
        assertEquals("Acme Logistics", JSON.readTree(created.body()).get("client").asText());
    }

    @Test
    void theHomePageFormStartsAnInterviewWithItsClientAndTheReportHeaderShowsIt() throws Exception {
        HttpResponse<String> started = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/interviews")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("client=Acme+%26+Co&title=Q3&respondent=Dana")));
        assertEquals(303, started.statusCode());
        HttpResponse<String> tooLong = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/interviews")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("client=" + "x".repeat(201))));
        assertEquals(400, tooLong.statusCode(), "a name too long on the form is refused, not a crash");
        assertTrue(tooLong.body().contains("client") && tooLong.body().contains("200 characters"), tooLong.body());
        String interview = started.headers().firstValue("Location").orElseThrow().replace("/interviews/", "");
        assertEquals("Acme & Co", JSON.readTree(server.get("/api/interviews/" + interview).body()).get("client").asText());
        HttpResponse<String> empty = server.post("/api/interviews/" + interview + "/finish", "");
        assertEquals(400, empty.statusCode(), "nothing answered, nothing to diagnose: " + empty.body());
        assertEquals("answers", JSON.readTree(empty.body()).get("field").asText());
        answer(interview, "strategy.icp_exists", Map.of("value", "no"));
        String result = JSON.readTree(server.post("/api/interviews/" + interview + "/finish", "").body()).get("id").asText();
        String page = server.get("/results/" + result).body();
        assertTrue(page.contains("<dd class=\"client\">Acme &amp; Co</dd>"), "the client heads the report");
        assertTrue(page.contains("<dd class=\"respondents\">Dana</dd>"));
        assertTrue(page.contains("href=\"/results/" + result + "/print.css\" media=\"print\""), "with its print header");
    }

    private static void assertRefused(HttpResponse<String> response, String field, String words) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(field, error.get("field").asText(), response.body());
        assertTrue(error.get("error").asText().contains(words), response.body());
    }

    /** An interview with hostile names and notes, a few answers and a "don't know", finished; returns the result id. */
    private String finishedInterview(String client, String respondent) throws Exception {
        Map<String, Object> start = new java.util.LinkedHashMap<>();
        start.put("title", "Q3 review");
        start.put("client", client);
        start.put("respondent", respondent);
        String id = server.startInterview(JSON.writeValueAsString(start));
        answer(id, "strategy.icp_exists", Map.of("value", "no", "note", NOTE));
        answer(id, "process.exit_criteria", Map.of("value", "no", "note", AT_NOTE));
        answer(id, "process.crm_stages", Map.of("note", TAB_NOTE));
        answer(id, "context.forecast_within_ten_pct", Map.of("dont_know", true));
        HttpResponse<String> finished = server.post("/api/interviews/" + id + "/finish", "");
        assertEquals(201, finished.statusCode(), finished.body());
        return JSON.readTree(finished.body()).get("id").asText();
    }

    private void answer(String interview, String question, Map<String, Object> body) throws Exception {
        HttpResponse<String> saved = server.put("/api/interviews/" + interview + "/answers/" + question, JSON.writeValueAsString(body));
        assertEquals(200, saved.statusCode(), question + ": " + saved.body());
    }

    private static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
    }
}
