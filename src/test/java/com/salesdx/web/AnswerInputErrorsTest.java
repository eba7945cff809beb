package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user probing the API runs into, on a real server: every error about one answer names it
 * {@code answers.<question>}, every problem with a body's shape comes in one answer, unknown questions in an
 * address are 404, messages are plain words, and nothing is erased or stored by a body that says nothing.
 */
class AnswerInputErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "strategy.icp_exists";

    @TempDir
    Path data;
    private TestServer server;
    private String interview;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.embedded(data);
        interview = "/api/interviews/" + server.startInterview("{}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyErrorAboutOneAnswerNamesItAnswersDotItsIdOnEveryEndpoint() throws Exception {
        HttpResponse<String> diagnosis = server.post("/api/diagnoses", "{\"questionnaire\":\"ceo\",\"answers\":"
                + "{\"ceo.nope\":\"yes\",\"ceo.strategy_tested_customer\":\"x\"}}");
        assertEquals(400, diagnosis.statusCode(), diagnosis.body());
        assertEquals(List.of("answers.ceo.nope", "answers.ceo.strategy_tested_customer"), fields(diagnosis));

        HttpResponse<String> preview = server.post("/api/preview", "{\"questionnaire\":\"ceo\",\"answers\":"
                + "{\"ceo.strategy_tested_customer\":\"x\"}}");
        assertEquals("answers.ceo.strategy_tested_customer", json(preview).get("field").asText(), preview.body());

        HttpResponse<String> saved = server.put(interview + "/answers/" + QUESTION, "{\"value\":\"x\"}");
        assertEquals(400, saved.statusCode(), saved.body());
        assertEquals("answers." + QUESTION, json(saved).get("field").asText(), "the interview API names it alike");
        HttpResponse<String> note = server.put(interview + "/answers/" + QUESTION, "{\"note\":{\"text\":\"x\"}}");
        assertEquals("notes." + QUESTION, json(note).get("field").asText(), "and a note as POST /api/diagnoses does");
    }

    @Test
    void aQuestionnaireOfTheWrongTypeAndAnswersThatAreNoObjectAreReportedInOneAnswer() throws Exception {
        HttpResponse<String> response = server.post("/api/diagnoses", "{\"questionnaire\":123,\"answers\":\"x\"}");
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = json(response);
        assertEquals("questionnaire", error.get("field").asText());
        assertEquals("must be a string naming the questionnaire, ceo or consultant, not 123", error.get("error").asText());
        assertEquals(List.of("questionnaire", "answers"), fields(response));
        assertEquals("must be an object of question id to answer, not \"x\"", error.get("problems").get(1).get("error").asText());
    }

    @Test
    void anUnknownQuestionInAnAnswersAddressIsNotFoundAndNamed() throws Exception {
        for (HttpResponse<String> response : List.of(server.put(interview + "/answers/strategy.nope", "{\"value\":\"yes\"}"),
                delete(interview + "/answers/strategy.nope"))) {
            assertEquals(404, response.statusCode(), response.body());
            assertEquals("no question \"strategy.nope\" in the consultant questionnaire", json(response).get("error").asText());
        }
        HttpResponse<String> mistyped = server.put(interview + "/answers/strategy.icp_exist", "{\"value\":\"yes\"}");
        assertEquals(404, mistyped.statusCode());
        assertTrue(json(mistyped).get("error").asText().endsWith("did you mean strategy.icp_exists?"), mistyped.body());
    }

    @Test
    void numbersAndObjectsAreDescribedInPlainWordsNotInJavas() throws Exception {
        HttpResponse<String> huge = server.post("/api/diagnoses", "{\"questionnaire\":\"consultant\",\"answers\":"
                + "{\"context.sales_cycle_months\":1e308}}");
        assertEquals("a number that large is out of range: expected a number from 0 to 60 months",
                json(huge).get("error").asText());
        HttpResponse<String> object = server.post("/api/diagnoses", "{\"questionnaire\":\"ceo\",\"answers\":"
                + "{\"ceo.strategy_tested_customer\":{\"a\":1}}}");
        assertEquals("expected yes, no or dont_know, not an object", json(object).get("error").asText());

        // The interview page's form posts text; "NaN" parses as a Java double, and must not pass for a number.
        String page = interview.replace("/api", "");
        HttpResponse<String> nan = server.send(HttpRequest.newBuilder(URI.create(server.url(page)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a.context.sales_cycle_months=NaN")));
        assertEquals(400, nan.statusCode());
        assertTrue(nan.body().contains("NaN is not a number salesdx accepts: expected a number from 0 to 60 months"), nan.body());
        for (String body : List.of(huge.body(), object.body(), nan.body())) {
            assertFalse(body.contains("E308") || body.contains("{a=1}") || body.contains("got "), body);
        }
    }

    @Test
    void anAnswerBodyThatSaysNothingIsRefusedAndErasesNothing() throws Exception {
        assertEquals(200, server.put(interview + "/answers/" + QUESTION, "{\"value\":\"no\",\"note\":\"keep me\"}").statusCode());
        for (String nothing : List.of("{}", "{\"dont_know\":false}")) {
            HttpResponse<String> refused = server.put(interview + "/answers/" + QUESTION, nothing);
            assertEquals(400, refused.statusCode(), nothing + " -> " + refused.body());
            assertEquals("the body says nothing to save: send a value, \"dont_know\": true or a note (to clear the answer, "
                    + "DELETE it)", json(refused).get("error").asText());
        }
        JsonNode answer = json(server.get(interview)).get("answers").get(QUESTION);
        assertEquals("false", answer.get("value").asText(), "the answer is kept");
        assertEquals("keep me", answer.get("note").asText(), "and its note");

        assertEquals(200, delete(interview + "/answers/" + QUESTION).statusCode(), "clearing is DELETE");
        assertFalse(json(server.get(interview)).get("answers").has(QUESTION));
    }

    @Test
    void aDiagnosisWithoutAnyAnswerIsRefusedAsTheExecutiveFormRefusesIt() throws Exception {
        for (String body : List.of("{\"questionnaire\":\"ceo\"}", "{\"questionnaire\":\"ceo\",\"answers\":{}}",
                "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_tested_customer\":null}}")) {
            HttpResponse<String> refused = server.post("/api/diagnoses", body);
            assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
            assertEquals("answers", json(refused).get("field").asText());
            assertTrue(json(refused).get("error").asText().startsWith("at least one answer is needed"), refused.body());
            assertFalse(refused.headers().firstValue("Location").isPresent(), "nothing was stored");
        }
        assertEquals(200, server.post("/api/preview", "{\"questionnaire\":\"ceo\"}").statusCode(),
                "a preview of no answers still shows the empty state");
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(path))).DELETE());
    }

    /** The field of every problem: "problems" when there are several, else the one "field". */
    private static List<String> fields(HttpResponse<String> response) throws Exception {
        JsonNode error = json(response);
        List<String> fields = new ArrayList<>();
        if (error.has("problems")) {
            error.get("problems").forEach(p -> fields.add(p.get("field").asText()));
        } else {
            fields.add(error.get("field").asText());
        }
        return fields;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
