package com.salesdx.web.engagements;

import static com.salesdx.web.engagements.Consultant.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesdx.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question that counts people or things (integer: true in its questionnaire) takes whole numbers only, everywhere. */
class WholeNumberQuestionsTest {
    @TempDir
    Path data;

    @Test
    void fractionalRepsAreRefusedInAnEngagementsContextAndInAnInterview() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            HttpResponse<String> context = ana.json("POST", "/api/engagements",
                    "{\"client\":\"Fractions Ltd\",\"context\":{\"context.team_size\":12.7}}");
            assertEquals(400, context.statusCode(), context.body());
            assertEquals("context.context.team_size", json(context).get("field").asText());
            assertTrue(json(context).get("error").asText().endsWith("expected a whole number from 1 to 20000 reps (it counts, "
                    + "so no fractions), not 12.7"), context.body());
            assertEquals(201, ana.json("POST", "/api/engagements", "{\"client\":\"Whole Ltd\",\"context\":{\"context.team_size\":12}}")
                    .statusCode(), "a whole number is fine");

            String interview = "/api/interviews/" + json(server.post("/api/interviews", "{}")).get("id").asText();
            HttpResponse<String> stages = server.put(interview + "/answers/process.crm_stages", "{\"value\":6.5}");
            assertEquals(400, stages.statusCode(), stages.body());
            assertEquals("answers.process.crm_stages", json(stages).get("field").asText());
            assertEquals(200, server.put(interview + "/answers/process.forecast_accuracy", "{\"value\":87.5}").statusCode(),
                    "a share in % still takes fractions");

            JsonNode questionnaire = json(server.get("/api/questionnaires/consultant"));
            assertTrue(question(questionnaire, "context.team_size").get("integer").asBoolean(), "the API says which count");
            assertFalse(question(questionnaire, "process.forecast_accuracy").get("integer").asBoolean());
        }
    }

    private static JsonNode question(JsonNode questionnaire, String id) {
        for (JsonNode section : questionnaire.get("sections")) {
            for (JsonNode question : section.get("questions")) {
                if (question.get("id").asText().equals(id)) {
                    return question;
                }
            }
        }
        throw new AssertionError("no question " + id);
    }
}
