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
 * A respondent's answers follow the interview API's rules, through the private link and the consultant's screen
 * alike: an answer can be cleared (not once finished), errors name {@code answers.<question>}, an unknown question
 * is 404; and no respondent is added without a name.
 */
class RespondentAnswerEditsTest {
    private static final String QUESTION = "leadership.weekly_pipeline_review";
    private static final String STATED = "context.sales_motion";

    @TempDir
    Path data;

    @Test
    void aRespondentClearsTheirOwnAnswerThroughTheirLinkUntilTheInterviewIsFinished() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Clear Answers Ltd");
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            String link = ana.privateLink(engagement, priya);
            String answers = "/api" + link + "/answers/";
            Consultant respondent = Consultant.anonymous(server);

            assertEquals(200, respondent.json("PUT", answers + QUESTION, "{\"value\":\"no\",\"note\":\"never\"}").statusCode());
            HttpResponse<String> cleared = respondent.json("DELETE", answers + QUESTION, null);
            assertEquals(200, cleared.statusCode(), cleared.body());
            assertEquals(0, json(cleared).get("answered").asInt());
            assertFalse(json(cleared).has("provisional"), "the link's answers carry the counts only, as its saves do");
            assertFalse(interview(ana, engagement, priya).get("answers").has(QUESTION), "the answer and its note are gone");

            assertEquals(404, respondent.json("DELETE", answers + "leadership.nope", null).statusCode());
            HttpResponse<String> stated = respondent.json("DELETE", answers + STATED, null);
            assertEquals(409, stated.statusCode(), "what the engagement states is not the respondent's to clear: " + stated.body());

            assertEquals(200, respondent.json("PUT", answers + QUESTION, "{\"value\":\"yes\"}").statusCode());
            assertEquals(303, respondent.postForm(link + "/finish", Map.of()).statusCode());
            HttpResponse<String> refused = respondent.json("DELETE", answers + QUESTION, null);
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(json(refused).get("error").asText().contains("ask the consultant to reopen it"), refused.body());
            assertEquals("true", interview(ana, engagement, priya).get("answers").get(QUESTION).get("value").asText(),
                    "a finished interview keeps its answer");
        }
    }

    @Test
    void provisionalFindingsOnTheInterviewScreenReadTheContextTheEngagementStates() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Context Counts GmbH"); // states a complex B2B sale
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            HttpResponse<String> saved = ana.json("PUT", "/api/engagements/" + engagement + "/respondents/" + priya
                    + "/answers/skills.discovery_quality", "{\"value\":1}");
            assertEquals(200, saved.statusCode(), saved.body());
            JsonNode discovery = null;
            for (JsonNode finding : json(saved).get("provisional").get("findings")) {
                if (finding.get("id").asText().equals("skills.weak-discovery")) {
                    discovery = finding;
                }
            }
            assertTrue(discovery != null, saved.body());
            assertEquals("high", discovery.get("severity").asText(), "weak discovery in the stated consultative sale: " + discovery);
        }
    }

    @Test
    void theConsultantClearsARespondentsAnswerTheSameWay() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Clear Answers Ltd");
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            String answer = "/api/engagements/" + engagement + "/respondents/" + priya + "/answers/" + QUESTION;

            assertEquals(200, ana.json("PUT", answer, "{\"value\":\"no\"}").statusCode());
            HttpResponse<String> cleared = ana.json("DELETE", answer, null);
            assertEquals(200, cleared.statusCode(), cleared.body());
            assertTrue(json(cleared).has("provisional"), "the consultant's screen repaints its findings");
            assertFalse(interview(ana, engagement, priya).get("answers").has(QUESTION));
        }
    }

    @Test
    void errorsAboutARespondentsAnswerNameTheAnswerAsTheInterviewApiDoes() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Named Fields Ltd");
            String link = ana.privateLink(engagement, ana.addRespondent(engagement, "Priya", "seller"));
            Consultant respondent = Consultant.anonymous(server);

            HttpResponse<String> bad = respondent.json("PUT", "/api" + link + "/answers/" + QUESTION, "{\"value\":\"often\"}");
            assertEquals(400, bad.statusCode());
            assertEquals("answers." + QUESTION, json(bad).get("field").asText(), bad.body());

            HttpResponse<String> stated = respondent.json("PUT", "/api" + link + "/answers/" + STATED, "{\"value\":\"transactional\"}");
            assertEquals(409, stated.statusCode());
            assertEquals("answers." + STATED, json(stated).get("field").asText(), stated.body());

            HttpResponse<String> unknown = respondent.json("PUT", "/api" + link + "/answers/leadership.nope", "{\"value\":\"yes\"}");
            assertEquals(404, unknown.statusCode());
            assertTrue(json(unknown).get("error").asText().contains("leadership.nope"), unknown.body());
        }
    }

    @Test
    void aRespondentIsNotAddedWithoutAName() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Nameless Ltd");
            String respondents = "/api/engagements/" + engagement + "/respondents";
            for (String body : new String[] {"{\"role\":\"seller\"}", "{\"name\":\"\",\"role\":\"seller\"}",
                    "{\"name\":\"   \",\"role\":\"seller\"}"}) {
                HttpResponse<String> refused = ana.json("POST", respondents, body);
                assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
                assertEquals("name", json(refused).get("field").asText());
                assertTrue(json(refused).get("error").asText().contains("name is required"), refused.body());
            }
            HttpResponse<String> form = ana.postForm("/engagements/" + engagement + "/respondents", Map.of("name", "", "role", "seller"));
            assertEquals(400, form.statusCode(), "the page's form is refused alike");
            assertEquals(0, json(ana.get("/api/engagements/" + engagement)).get("respondents").size(), "nobody was added");
        }
    }

    private static JsonNode interview(Consultant consultant, String engagement, String respondent) throws Exception {
        return json(consultant.get("/api/engagements/" + engagement + "/respondents/" + respondent + "/interview"));
    }
}
