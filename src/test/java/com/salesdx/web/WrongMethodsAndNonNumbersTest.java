package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong method on a real path is 405 with Allow and the usual JSON error; NaN in a body is named in plain words. */
class WrongMethodsAndNonNumbersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void aWrongMethodOnARealPathIs405NamingTheMethodsItTakes() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            String interview = "/api/interviews/" + server.startInterview("{}");
            HttpResponse<String> patch = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/diagnoses")))
                    .method("PATCH", HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, patch.statusCode(), patch.body());
            assertEquals("POST", patch.headers().firstValue("Allow").orElse(""));
            JsonNode error = JSON.readTree(patch.body());
            assertEquals("PATCH is not allowed on /api/diagnoses; it accepts POST", error.get("error").asText());
            assertTrue(error.has("field") && error.get("field").isNull(), patch.body());

            HttpResponse<String> get = server.get(interview + "/finish");
            assertEquals(405, get.statusCode(), get.body());
            assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
            assertEquals(404, server.get("/api/no-such-thing").statusCode(), "an unknown path stays 404");
        }
    }

    @Test
    void nanIsRefusedInPlainWordsNamingTheAnswer() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            HttpResponse<String> nan = server.post("/api/diagnoses", "{\"questionnaire\":\"consultant\",\"answers\":"
                    + "{\"context.sales_cycle_months\":NaN}}");
            assertEquals(400, nan.statusCode());
            JsonNode error = JSON.readTree(nan.body());
            assertEquals("answers.context.sales_cycle_months", error.get("field").asText());
            assertEquals("NaN is not a number salesdx accepts: expected a number from 0 to 60 months or dont_know",
                    error.get("error").asText());
        }
    }
}
