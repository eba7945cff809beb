package com.salesdx.web.engagements;

import static com.salesdx.web.engagements.Consultant.json;
import static com.salesdx.web.engagements.Consultant.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesdx.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A respondent's interview can be finished (by the consultant, or by the respondent through their link) and is
 * then read-only on every save path with a clear 409; only the consultant reopens it, by an explicit POST with
 * CSRF. The engagement page and API say where each respondent stands.
 */
class FinishingRespondentInterviewsTest {
    static final String QUESTION = "leadership.weekly_pipeline_review";

    @TempDir
    Path data;

    @Test
    void aFinishedInterviewRefusesEverySaveUntilTheConsultantReopensIt() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Finish Line Ltd");
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            String tomas = ana.addRespondent(engagement, "Tomas", "sales_leader");
            String answers = "/api/engagements/" + engagement + "/respondents/" + priya + "/answers/";
            String respondentPage = "/engagements/" + engagement + "/respondents/" + priya;

            assertEquals("not_started", status(ana, engagement, priya).get("status").asText());
            HttpResponse<String> empty = ana.json("POST", "/api" + respondentPage + "/finish", null);
            assertEquals(409, empty.statusCode(), "an interview with nothing in it is not finished: " + empty.body());
            assertTrue(json(empty).get("error").asText().contains("nothing is answered yet"), empty.body());
            assertEquals(200, ana.json("PUT", answers + QUESTION, "{\"value\":\"no\"}").statusCode());
            JsonNode started = status(ana, engagement, priya);
            assertEquals("in_progress", started.get("status").asText());
            int questions = Integer.parseInt(started.get("status_text").asText().replaceAll("^1 of (\\d+) answered$", "$1"));
            assertTrue(questions > 50, "M is the whole questionnaire: " + started);

            assertEquals(403, ana.postForm(respondentPage + "/finish", Map.of(), false).statusCode(), "no CSRF token, no finish");
            HttpResponse<String> finished = ana.postForm(respondentPage + "/finish", Map.of());
            assertEquals(303, finished.statusCode());
            assertEquals("/engagements/" + engagement, location(finished));
            String page = ana.get("/engagements/" + engagement).body();
            assertTrue(page.contains("<td class=\"status\">finished (1 of " + questions + " answered)</td>"), "finished on the page");
            assertTrue(page.contains("<td class=\"status\">not started</td>"), "Tomas has not started");

            HttpResponse<String> refused = ana.json("PUT", answers + QUESTION, "{\"value\":\"yes\"}");
            assertEquals(409, refused.statusCode());
            assertTrue(json(refused).get("error").asText().contains("this interview is finished")
                    && json(refused).get("error").asText().contains("POST /api" + respondentPage + "/reopen"), refused.body());
            assertEquals(409, ana.postForm(respondentPage + "/interview", Map.of("a." + QUESTION, "yes")).statusCode(),
                    "the whole-form save is refused too");
            assertEquals("false", answer(ana, engagement, priya), "the stored answer (no) is kept");
            assertTrue(ana.get(respondentPage + "/interview").body().contains("Reopen the interview"));

            HttpResponse<String> reopened = ana.postForm(respondentPage + "/reopen", Map.of("from", "interview"));
            assertEquals(303, reopened.statusCode());
            assertEquals(respondentPage + "/interview", location(reopened));
            assertEquals(200, ana.json("PUT", answers + QUESTION, "{\"value\":\"yes\"}").statusCode());
            assertEquals("true", answer(ana, engagement, priya));
            assertEquals("not_started", json(ana.json("POST", "/api/engagements/" + engagement + "/respondents/" + tomas
                    + "/reopen", null)).get("status").asText(), "reopening an open interview changes nothing");
            assertEquals("not_started", status(ana, engagement, tomas).get("status").asText());
        }
    }

    @Test
    void theRespondentFinishesThroughTheirLinkAndOnlyTheConsultantCanReopen() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            Consultant bob = Consultant.signedIn(server, "bob");
            String engagement = ana.createEngagement("Linked Ltd");
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            String link = ana.privateLink(engagement, priya);
            JsonNode made = json(ana.json("POST", "/api/engagements/" + engagement + "/respondents/" + priya + "/link", null));
            assertTrue(made.get("url").asText().matches("http://[^/]+/r/[A-Za-z0-9_-]{43}") && made.get("url").asText()
                    .endsWith(made.get("link").asText()), "the whole address to send, beside the path: " + made);
            link = made.get("link").asText(); // the newest link is the one that works
            Consultant respondent = Consultant.anonymous(server);

            assertEquals(200, respondent.json("PUT", "/api/r/" + link.substring(3) + "/answers/" + QUESTION,
                    "{\"value\":\"no\"}").statusCode());
            assertTrue(respondent.get(link).body().contains("Finish the interview"));
            HttpResponse<String> done = respondent.postForm(link + "/finish", Map.of());
            assertEquals(303, done.statusCode());
            assertEquals(link, location(done));
            String finishedPage = respondent.get(link).body();
            assertTrue(finishedPage.contains("You have finished this interview"));
            assertTrue(finishedPage.contains("Your interview is finished") && !finishedPage.contains("keep this link to resume"),
                    "a finished interview no longer invites the respondent to resume it");

            HttpResponse<String> refused = respondent.json("PUT", "/api/r/" + link.substring(3) + "/answers/" + QUESTION,
                    "{\"value\":\"yes\"}");
            assertEquals(409, refused.statusCode());
            assertTrue(json(refused).get("error").asText().contains("ask the consultant to reopen it"), refused.body());
            assertTrue(!refused.body().contains("/api/interviews/"), "no address the respondent cannot use");
            assertEquals(404, respondent.postForm(link + "/reopen", Map.of()).statusCode(), "a respondent cannot reopen");
            assertEquals("finished", status(ana, engagement, priya).get("status").asText());

            String foreign = "/engagements/" + engagement + "/respondents/" + priya + "/reopen";
            assertEquals(404, bob.postForm(foreign, Map.of()).statusCode(), "another consultant cannot reopen it");
            assertEquals(404, bob.json("POST", "/api" + foreign, null).statusCode());
            assertEquals("finished", status(ana, engagement, priya).get("status").asText());

            assertEquals(200, ana.json("POST", "/api" + foreign, null).statusCode());
            assertEquals(200, respondent.json("PUT", "/api/r/" + link.substring(3) + "/answers/" + QUESTION,
                    "{\"value\":\"yes\"}").statusCode(), "reopened by the consultant, the link saves again");
        }
    }

    private static JsonNode status(Consultant consultant, String engagement, String respondent) throws Exception {
        for (JsonNode r : json(consultant.get("/api/engagements/" + engagement)).get("respondents")) {
            if (r.get("id").asText().equals(respondent)) {
                return r;
            }
        }
        throw new AssertionError("no respondent " + respondent);
    }

    private static String answer(Consultant consultant, String engagement, String respondent) throws Exception {
        return json(consultant.get("/api/engagements/" + engagement + "/respondents/" + respondent + "/interview"))
                .get("answers").get(QUESTION).get("value").asText();
    }
}
