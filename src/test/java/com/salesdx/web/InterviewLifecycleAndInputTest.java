package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finished interview is read-only until reopened; loose input is refused with a 4xx that names the problem. */
class InterviewLifecycleAndInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "strategy.icp_exists";

    @TempDir
    Path data;
    private TestServer server;
    private String interview;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.embedded(data);
        interview = "/api/interviews/" + server.startInterview("{\"title\":\"t\"}");
        assertEquals(200, server.put(interview + "/answers/" + QUESTION, "{\"value\":\"no\"}").statusCode());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFinishedInterviewRefusesChangesAndASecondFinishUntilItIsReopened() throws Exception {
        HttpResponse<String> first = server.post(interview + "/finish", "");
        assertEquals(201, first.statusCode(), first.body());
        String firstDiagnosis = JSON.readTree(first.body()).get("id").asText();

        for (HttpResponse<String> refused : new HttpResponse[] {server.put(interview + "/answers/" + QUESTION, "{\"value\":\"yes\"}"),
                server.send(HttpRequest.newBuilder(URI.create(server.url(interview + "/answers/" + QUESTION))).DELETE()),
                server.post(interview + "/finish", "")}) {
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(JSON.readTree(refused.body()).get("error").asText().contains("reopen"), refused.body());
        }
        JsonNode state = JSON.readTree(server.get(interview).body());
        assertTrue(state.get("finished").asBoolean());
        assertEquals(firstDiagnosis, state.get("diagnosis").asText());
        assertEquals("false", state.get("answers").get(QUESTION).get("value").asText(), "the answer is unchanged");

        HttpResponse<String> reopened = server.post(interview + "/reopen", "");
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals(200, server.put(interview + "/answers/" + QUESTION, "{\"value\":\"yes\"}").statusCode());
        HttpResponse<String> second = server.post(interview + "/finish", "");
        assertEquals(201, second.statusCode(), second.body());
        assertNotEquals(firstDiagnosis, JSON.readTree(second.body()).get("id").asText());
        assertEquals(200, server.get("/api/diagnoses/" + firstDiagnosis).statusCode(), "the first diagnosis is kept");
    }

    @Test
    void theFinishedInterviewPageOffersToReopenIt() throws Exception {
        server.post(interview + "/finish", "");
        String page = server.get(interview.replace("/api", "")).body();
        assertTrue(page.contains("action=\"" + interview.replace("/api", "") + "/reopen\""), page);
        assertTrue(page.contains("This interview is finished"), page);
    }

    @Test
    void aCountingQuestionsInputTakesWholeNumbersWhileAMeasureTakesFractions() throws Exception {
        String page = server.get(interview.replace("/api", "")).body();
        assertTrue(numberInput(page, "context.team_size").contains("step=\"1\" inputmode=\"numeric\""), page);
        assertTrue(numberInput(page, "context.sales_cycle_months").contains("step=\"any\" inputmode=\"decimal\""), page);
    }

    private static String numberInput(String page, String question) {
        int at = page.indexOf("type=\"number\" name=\"a." + question + "\"");
        assertTrue(at >= 0, "no number input for " + question);
        return page.substring(at, page.indexOf('>', at));
    }

    @Test
    void answerErrorsShowTheQuestionsTextAlongsideItsId() throws Exception {
        HttpResponse<String> response = server.put(interview + "/answers/" + QUESTION, "{\"value\":\"maybe\"}");
        assertEquals(400, response.statusCode());
        JsonNode error = JSON.readTree(response.body());
        assertEquals("answers." + QUESTION, error.get("field").asText());
        assertTrue(error.get("error").asText().contains("ideal client profile") && error.get("error").asText().contains(QUESTION),
                error.toString());
    }

    @Test
    void looseInputIsRefusedWithAStatusAndAFieldThatSayWhatIsWrong() throws Exception {
        assertRefused(server.post("/api/diagnoses", "{\"questionnaire\":\"ceo\",\"answers\":{}} trailing"), 400, null, "more after the JSON");
        assertRefused(server.post("/api/interviews", "{\"title\":\"a\"}{\"title\":\"b\"}"), 400, null, "more after the JSON");
        assertRefused(server.send(HttpRequest.newBuilder(URI.create(server.url("/api/preview"))).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"questionnaire\":\"ceo\"}"))), 415, null, "application/json");
        assertRefused(server.send(HttpRequest.newBuilder(URI.create(server.url(interview + "/answers/" + QUESTION)))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"no\"}"))), 415, null, "Content-Type");
        assertRefused(server.post("/api/interviews", "{\"respondent\":42}"), 400, "respondent", "text");
        assertRefused(server.post("/api/interviews", "{\"respondent\":\"" + "r".repeat(201) + "\"}"), 400, "respondent", "200");
        assertRefused(server.post("/api/interviews", "{\"title\":[\"x\"]}"), 400, "title", "text");
        assertRefused(server.post("/api/diagnoses", "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\"},"
                + "\"respondent\":{\"a\":1}}"), 400, "respondent", "must be text, not an object");
        assertRefused(server.put(interview + "/answers/" + QUESTION, "{\"value\":\"no\",\"dont_know\":true}"), 400,
                "answers." + QUESTION, "exclude");
        assertRefused(server.post("/api/interviews", "{\"title\":\"a\\u0000b\"}"), 400, "title", "control character");
        assertRefused(server.put(interview + "/answers/" + QUESTION, "{\"note\":\"x\\u0007y\"}"), 400, "notes." + QUESTION,
                "control character");
        assertRefused(server.post("/api/diagnoses", "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\"},"
                + "\"notes\":{\"ceo.strategy_line_of_sight\":\"a\\u001bb\"}}"), 400, "notes.ceo.strategy_line_of_sight", "control");
        assertEquals(200, server.put(interview + "/answers/" + QUESTION, "{\"note\":\"line one\\nline two\\twith a tab\"}").statusCode());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field, String words) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(field, error.get("field").isNull() ? null : error.get("field").asText(), response.body());
        assertTrue(error.get("error").asText().contains(words), response.body());
    }
}
