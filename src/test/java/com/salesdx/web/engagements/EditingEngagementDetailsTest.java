package com.salesdx.web.engagements;

import static com.salesdx.web.engagements.Consultant.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesdx.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consultant corrects an engagement after creating it: a misspelt client, a sector, a context fact
 * learnt in the second interview. The form comes filled in, a bad value changes nothing, the
 * respondents are no longer asked what is now stated, and the report follows at once.
 */
class EditingEngagementDetailsTest {
    private static final String MOTION = "context.sales_motion";
    private static final String CYCLE = "context.sales_cycle_months";

    @TempDir
    Path data;

    @Test
    void theClientSectorAndContextCanBeCorrectedAndTheRespondentsAreNoLongerAskedWhatIsNowStated() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Acme Logistcs");
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            String interview = "/engagements/" + engagement + "/respondents/" + priya + "/interview";
            assertTrue(ana.get(interview).body().contains("data-question=\"" + CYCLE + "\""), "not stated yet: asked");

            String form = ana.get("/engagements/" + engagement + "/edit").body();
            assertTrue(form.contains("value=\"Acme Logistcs\""), "the form comes filled in");
            assertTrue(form.contains("<option value=\"complex_b2b\" selected>"), "with the stated context selected");

            HttpResponse<String> bad = ana.postForm("/engagements/" + engagement + "/edit",
                    Map.of("client", "  ", "sector", "Freight", "c." + MOTION, "complex_b2b"));
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("client") && bad.body().contains("required"), bad.body());
            assertEquals("Acme Logistcs", json(ana.get("/api/engagements/" + engagement)).get("client").asText(), "nothing changed");

            HttpResponse<String> saved = ana.postForm("/engagements/" + engagement + "/edit",
                    Map.of("client", "Acme Logistics", "sector", "Freight", "c." + MOTION, "complex_b2b", "c." + CYCLE, "9"));
            assertEquals(303, saved.statusCode(), saved.body());
            JsonNode now = json(ana.get("/api/engagements/" + engagement));
            assertEquals("Acme Logistics", now.get("client").asText());
            assertEquals("Freight", now.get("sector").asText());
            assertEquals(9, now.get("context").get(CYCLE).asInt());
            assertTrue(ana.get("/engagements/" + engagement).body().contains("<h1>Acme Logistics</h1>"));
            assertFalse(ana.get(interview).body().contains("data-question=\"" + CYCLE + "\""), "stated now: no longer asked");
            assertTrue(ana.get("/engagements/" + engagement + "/report").body().contains("Acme Logistics"), "the report follows");

            // A field the body leaves out keeps its value: a rename alone wipes neither sector nor context.
            HttpResponse<String> renamed = ana.json("PUT", "/api/engagements/" + engagement, "{\"client\":\"Acme Logistics AG\"}");
            assertEquals(200, renamed.statusCode(), renamed.body());
            assertEquals("Acme Logistics AG", json(renamed).get("client").asText());
            assertEquals("Freight", json(renamed).get("sector").asText());
            assertEquals(9, json(renamed).get("context").get(CYCLE).asInt());
            HttpResponse<String> noSector = ana.json("PUT", "/api/engagements/" + engagement, "{\"sector\":null}");
            assertTrue(json(noSector).get("sector").isNull(), "null clears: " + noSector.body());
            assertEquals("Acme Logistics AG", json(noSector).get("client").asText());

            // A context sent is the whole context: a context question left out of it is no longer stated.
            HttpResponse<String> put = ana.json("PUT", "/api/engagements/" + engagement,
                    "{\"client\":\"Acme Logistics\",\"context\":{\"" + MOTION + "\":\"transactional\"}}");
            assertEquals(200, put.statusCode(), put.body());
            assertEquals("transactional", json(put).get("context").get(MOTION).asText());
            assertFalse(json(put).get("context").has(CYCLE));
            assertTrue(ana.get(interview).body().contains("data-question=\"" + CYCLE + "\""), "left out again: asked again");
            HttpResponse<String> unknown = ana.json("PUT", "/api/engagements/" + engagement,
                    "{\"client\":\"Acme\",\"context\":{\"" + MOTION + "\":\"door_to_door\"}}");
            assertEquals(400, unknown.statusCode(), unknown.body());
            assertTrue(unknown.body().contains(MOTION), "says which context question: " + unknown.body());
        }
    }

    @Test
    void aRespondentAddedWithTheWrongNameOrRoleIsCorrectedAndKeepsTheirAnswers() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Roles Corrected Ltd");
            String tom = ana.addRespondent(engagement, "Tom", "other");
            String path = "/api/engagements/" + engagement + "/respondents/" + tom;
            assertEquals(200, ana.json("PUT", path + "/answers/process.exit_criteria", "{\"value\":\"no\"}").statusCode());

            HttpResponse<String> corrected = ana.json("PUT", path, "{\"name\":\"Tomas\",\"role\":\"frontline_manager\"}");
            assertEquals(200, corrected.statusCode(), corrected.body());
            JsonNode respondent = json(ana.get("/api/engagements/" + engagement)).get("respondents").get(0);
            assertEquals("Tomas", respondent.get("name").asText());
            assertEquals("frontline_manager", respondent.get("role").asText());
            assertEquals(1, respondent.get("answered").asInt(), "the answers stay with the person");
            assertTrue(ana.get("/engagements/" + engagement + "/report").body().contains("Tomas"), "the report follows");

            HttpResponse<String> badRole = ana.json("PUT", path, "{\"role\":\"wizard\"}");
            assertEquals(400, badRole.statusCode());
            assertEquals("role", json(badRole).get("field").asText());
            HttpResponse<String> noName = ana.json("PUT", path, "{\"name\":\" \"}");
            assertEquals(400, noName.statusCode());
            assertEquals("name", json(noName).get("field").asText());
            assertEquals("Tomas", json(ana.get("/api/engagements/" + engagement)).get("respondents").get(0).get("name").asText(),
                    "a refused correction changes nothing");
            assertEquals(405, ana.json("DELETE", path, null).statusCode(), "the respondent exists: a wrong method, not a missing one");

            String page = "/engagements/" + engagement;
            assertTrue(ana.get(page).body().contains("action=\"" + page + "/respondents/" + tom + "/edit\""), "the page offers it");
            HttpResponse<String> byForm = ana.postForm(page + "/respondents/" + tom + "/edit", Map.of("name", "Tomás", "role", "seller"));
            assertEquals(303, byForm.statusCode(), byForm.body());
            assertEquals("Tomás", json(ana.get("/api/engagements/" + engagement)).get("respondents").get(0).get("name").asText());
        }
    }
}
