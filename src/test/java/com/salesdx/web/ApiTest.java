package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.TestServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CEO_ANSWERS = "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\","
            + "\"ceo.process_exit_criteria\":\"no\",\"ceo.compensation_aligned\":\"yes\",\"ceo.process_forecast_within_ten\":\"dont_know\"}}";

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
    void healthReportsTheRulesVersionInForce() throws Exception {
        HttpResponse<String> response = server.get("/api/health");
        assertEquals(200, response.statusCode());
        JsonNode health = JSON.readTree(response.body());
        assertEquals("ok", health.get("status").asText());
        assertEquals(12, health.get("rules_version").asText().length());
    }

    @Test
    void bothQuestionnairesArePublishedAndAnUnknownOneIsNotFound() throws Exception {
        JsonNode ceo = JSON.readTree(server.get("/api/questionnaires/ceo").body());
        assertEquals("ceo", ceo.get("id").asText());
        assertTrue(ceo.get("sections").get(0).get("questions").size() >= 5);
        JsonNode consultant = JSON.readTree(server.get("/api/questionnaires/consultant").body());
        assertTrue(consultant.get("sections").size() >= 6);
        HttpResponse<String> unknown = server.get("/api/questionnaires/cfo");
        assertEquals(404, unknown.statusCode());
        assertEquals("questionnaire cfo not found", JSON.readTree(unknown.body()).get("error").asText());
    }

    @Test
    void aPostedDiagnosisIsStoredWithItsRulesVersionAndSurvivesARestart() throws Exception {
        HttpResponse<String> created = server.post("/api/diagnoses", CEO_ANSWERS);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode body = JSON.readTree(created.body());
        String id = body.get("id").asText();
        assertEquals(22, id.length());
        assertTrue(body.get("diagnosis").get("findings").size() >= 2);
        assertEquals("/api/diagnoses/" + id, created.headers().firstValue("Location").orElseThrow());

        server.close();
        server = TestServer.embedded(data);

        HttpResponse<String> again = server.get("/api/diagnoses/" + id);
        assertEquals(200, again.statusCode());
        JsonNode stored = JSON.readTree(again.body());
        assertEquals(body.get("diagnosis"), stored.get("diagnosis"));
        assertEquals(body.get("diagnosis").get("version").asText(), stored.get("rules_version").asText());
    }

    @Test
    void invalidAnswersGetA400NamingTheField() throws Exception {
        record Case(String body, String field, String error) {
        }
        for (Case c : List.of(
                new Case("{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"maybe\"}}",
                        "answers.ceo.strategy_line_of_sight", "expected yes, no or dont_know, not \"maybe\""),
                new Case("{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.nope\":\"no\"}}", "answers.ceo.nope", "unknown question"),
                new Case("{\"questionnaire\":\"consultant\",\"answers\":{\"process.crm_stages\":1e300}}",
                        "answers.process.crm_stages", "out of range"),
                new Case("{\"questionnaire\":\"cfo\",\"answers\":{}}", "questionnaire", "unknown questionnaire"),
                new Case("{\"answers\":{}}", "questionnaire", "is required"),
                new Case("{\"questionnaire\":\"ceo\",\"answers\":[1,2]}", "answers", "must be an object"),
                new Case("{\"questionnaire\":\"ceo\",\"answers\":{},\"rules\":\"rule x when then end\"}", "rules", "unknown field"))) {
            HttpResponse<String> response = server.post("/api/diagnoses", c.body());
            assertEquals(400, response.statusCode(), c.body() + " -> " + response.body());
            JsonNode error = JSON.readTree(response.body());
            assertEquals(c.field(), error.get("field").asText(), response.body());
            assertTrue(error.get("error").asText().contains(c.error()), response.body());
        }
    }

    @Test
    void malformedJsonGetsA400ThatSaysWhere() throws Exception {
        HttpResponse<String> response = server.post("/api/diagnoses", "{\"questionnaire\": \"ceo\", ");
        assertEquals(400, response.statusCode());
        String error = JSON.readTree(response.body()).get("error").asText();
        assertTrue(error.startsWith("the request body is not valid JSON"), error);
        assertFalse(response.body().contains("at com."), "no stack trace");

        String unclosed = JSON.readTree(server.post("/api/preview", "{\"questionnaire\":\"ceo\",\"answers\":{").body())
                .get("error").asText();
        assertTrue(unclosed.matches("the request body is not valid JSON: .*\\(line 1, column \\d+\\)"), unclosed);
        assertFalse(unclosed.contains("Source:") || unclosed.contains("REDACTED"), "Jackson's internals stay out: " + unclosed);
    }

    @Test
    void unknownAndGuessedIdsAreNotFound() throws Exception {
        assertEquals(404, server.get("/api/diagnoses/AAAAAAAAAAAAAAAAAAAAAA").statusCode());
        assertEquals(404, server.get("/api/diagnoses/../../etc/passwd").statusCode());
        assertEquals(404, server.get("/results/AAAAAAAAAAAAAAAAAAAAAA").statusCode());
        assertEquals(404, server.get("/interviews/AAAAAAAAAAAAAAAAAAAAAA").statusCode());
        assertEquals(404, server.get("/api/interviews/short").statusCode());
    }

    @Test
    void aBodyOverOneMegabyteGets413WithOrWithoutAContentLength() throws Exception {
        byte[] big = ("{\"questionnaire\":\"ceo\",\"notes\":{\"x\":\"" + "a".repeat(1_100_000) + "\"}}").getBytes();
        HttpResponse<String> sized = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/diagnoses")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEquals(413, sized.statusCode());
        HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/diagnoses")))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertEquals(413, chunked.statusCode());
        assertTrue(JSON.readTree(chunked.body()).get("error").asText().contains("larger than"));
    }

    @Test
    void securityHeadersAreOnEveryKindOfResponse() throws Exception {
        for (String path : List.of("/", "/ceo", "/api/health", "/static/app.css", "/no-such-page", "/api/diagnoses/x")) {
            HttpResponse<String> response = server.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
                    path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void interviewAnswersAreSavedOneByOneWithDontKnowKeptApartFromSkipped() throws Exception {
        HttpResponse<String> created = server.post("/api/interviews", "{\"title\":\"Acme\",\"respondent\":\"VP Sales\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).get("id").asText();

        assertEquals(200, server.put("/api/interviews/" + id + "/answers/strategy.icp_exists", "{\"value\":\"no\"}").statusCode());
        assertEquals(200, server.put("/api/interviews/" + id + "/answers/process.crm_stages", "{\"value\":12}").statusCode());
        assertEquals(200, server.put("/api/interviews/" + id + "/answers/process.forecast_accuracy",
                "{\"dont_know\":true,\"note\":\"Nobody tracks it\"}").statusCode());
        HttpResponse<String> bad = server.put("/api/interviews/" + id + "/answers/process.crm_stages", "{\"value\":\"many\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("answers.process.crm_stages", JSON.readTree(bad.body()).get("field").asText());

        JsonNode state = JSON.readTree(server.get("/api/interviews/" + id).body());
        JsonNode answers = state.get("answers");
        assertEquals(false, answers.get("strategy.icp_exists").get("value").asBoolean());
        assertTrue(answers.get("strategy.icp_exists").get("value").isBoolean());
        assertEquals(12, answers.get("process.crm_stages").get("value").asInt());
        assertTrue(answers.get("process.forecast_accuracy").get("dont_know").asBoolean());
        assertEquals("Nobody tracks it", answers.get("process.forecast_accuracy").get("note").asText());
        assertFalse(answers.has("strategy.icp_validated"), "a question never answered stays skipped");
        assertEquals(3, state.get("answered").asInt());

        assertEquals(200, server.send(HttpRequest.newBuilder(URI.create(server.url("/api/interviews/" + id
                + "/answers/process.crm_stages"))).DELETE()).statusCode());
        assertFalse(JSON.readTree(server.get("/api/interviews/" + id).body()).get("answers").has("process.crm_stages"));

        HttpResponse<String> finished = server.post("/api/interviews/" + id + "/finish", "");
        assertEquals(201, finished.statusCode());
        String diagnosisId = JSON.readTree(finished.body()).get("id").asText();
        assertEquals(200, server.get("/api/diagnoses/" + diagnosisId).statusCode());
    }

    @Test
    void goingDeeperFromAnExecutiveResultPrefillsTheQuestionsItFeeds() throws Exception {
        String ceoId = JSON.readTree(server.post("/api/diagnoses", CEO_ANSWERS).body()).get("id").asText();
        HttpResponse<String> created = server.post("/api/interviews", "{\"from\":\"" + ceoId + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode answers = JSON.readTree(created.body()).get("answers");
        assertEquals(false, answers.get("strategy.plans_linked").get("value").asBoolean());
        assertEquals(false, answers.get("process.exit_criteria").get("value").asBoolean());
        assertTrue(answers.get("context.forecast_within_ten_pct").get("dont_know").asBoolean());
    }

    @Test
    void userTextIsEscapedWhereverItIsShown() throws Exception {
        String hostile = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)>";
        String id = server.startInterview("{\"title\":\"" + hostile + "\"}");
        server.put("/api/interviews/" + id + "/answers/strategy.icp_exists", "{\"value\":\"no\",\"note\":\"" + hostile + "\"}");
        String page = server.get("/interviews/" + id).body();
        assertFalse(page.contains("<script>alert"), "raw script tag in the interview page");
        assertFalse(page.contains("<img src=x"), "raw img tag in the interview page");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

        String resultId = JSON.readTree(server.post("/api/interviews/" + id + "/finish", "").body()).get("id").asText();
        String result = server.get("/results/" + resultId).body();
        assertFalse(result.contains("<script>alert") || result.contains("<img src=x"), "raw markup in the result page");
        assertTrue(result.contains("&lt;img src=x onerror=alert(2)&gt;"), "the note is shown, escaped, as evidence");
    }

    @Test
    void noEndpointAcceptsRulesOrCode() throws Exception {
        for (String path : List.of("/api/rules", "/api/knowledge-base", "/api/reload")) {
            int status = server.post(path, "{\"drl\":\"rule x when then end\"}").statusCode();
            assertTrue(status == 404 || status == 405, path + " answered " + status);
        }
    }
}
