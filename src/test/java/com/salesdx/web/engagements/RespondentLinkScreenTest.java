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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a respondent answering alone through their private link sees: no interviewer help and no provisional
 * findings (both would lead their answers; the consultant's own screen keeps them) and a readable date. Neither
 * screen asks the context questions the engagement already states, and every count leaves them out alike.
 */
class RespondentLinkScreenTest {
    private static final Pattern OVERALL = Pattern.compile("<span id=\"overall\">(\\d+) of (\\d+) answered</span>");
    private static final Pattern CONTEXT_COUNT = Pattern.compile("data-progress=\"context\">(\\d+)/(\\d+)<");
    private static final String STATED = "context.sales_motion";
    private static final String ALSO_STATED = "context.team_size";
    private static final String LEFT_OPEN = "context.forecast_within_ten_pct";

    @TempDir
    Path data;

    @Test
    void aRespondentAloneIsNotLedByProbesOrFindingsAndIsNotAskedWhatTheEngagementStates() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = json(ana.json("POST", "/api/engagements", "{\"client\":\"Quiet Link Ltd\",\"context\":{\""
                    + STATED + "\":\"complex_b2b\",\"" + ALSO_STATED + "\":12}}")).get("id").asText();
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            String link = ana.privateLink(engagement, priya);
            String consultantScreen = ana.get("/engagements/" + engagement + "/respondents/" + priya + "/interview").body();
            Consultant respondent = Consultant.anonymous(server);

            HttpResponse<String> page = respondent.get(link);
            assertEquals(200, page.statusCode());
            String screen = page.body();
            for (String leading : new String[] {"Interviewer help", "Probe:", "A strong answer:", "Provisional findings",
                    "id=\"provisional-pillars\"", "id=\"provisional-findings\""}) {
                assertFalse(screen.contains(leading), "the respondent's screen shows no \"" + leading + "\"");
                assertTrue(consultantScreen.contains(leading), "the consultant's screen keeps \"" + leading + "\"");
            }
            assertTrue(screen.contains("Finish the interview"), "the respondent can still finish");
            assertFalse(screen.contains("data-question=\"" + STATED + "\"") || screen.contains("data-question=\"" + ALSO_STATED + "\""),
                    "what the engagement states is not asked again");
            assertTrue(screen.contains("data-question=\"" + LEFT_OPEN + "\""), "a context question left open is still asked");
            assertFalse(consultantScreen.contains("data-question=\"" + STATED + "\""), "nor asked by the consultant");
            assertTrue(consultantScreen.contains("data-question=\"" + LEFT_OPEN + "\""));
            Matcher started = Pattern.compile("started (\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC)").matcher(screen);
            assertTrue(started.find(), "a readable start date");
            assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:").matcher(screen).find(), "no raw ISO timestamp");

            JsonNode questionnaire = json(respondent.get("/api/questionnaires/consultant"));
            int all = 0;
            int context = 0;
            for (JsonNode section : questionnaire.get("sections")) {
                all += section.get("questions").size();
                context += section.get("id").asText().equals("context") ? section.get("questions").size() : 0;
            }
            int asked = count(OVERALL, screen, 2);
            assertEquals(all - 2, asked, "the counts leave out the two stated questions");
            assertEquals(asked, count(OVERALL, consultantScreen, 2), "the consultant's screen counts alike");
            assertEquals(context - 2, count(CONTEXT_COUNT, screen, 2));

            HttpResponse<String> saved = respondent.json("PUT", "/api/r/" + link.substring(3) + "/answers/" + LEFT_OPEN,
                    "{\"value\":\"no\"}");
            assertEquals(200, saved.statusCode(), saved.body());
            JsonNode progress = json(saved);
            assertEquals(1, progress.get("answered").asInt());
            assertEquals(asked, progress.get("questions").asInt(), "the saved progress counts as the screen does");
            assertFalse(progress.has("provisional"), "no findings are sent to the respondent either: " + saved.body());
            assertTrue(json(ana.json("PUT", "/api/engagements/" + engagement + "/respondents/" + priya + "/answers/"
                    + FinishingRespondentInterviewsTest.QUESTION, "{\"value\":\"yes\"}")).has("provisional"),
                    "the consultant's saves still repaint the provisional findings");

            HttpResponse<String> stated = respondent.json("PUT", "/api/r/" + link.substring(3) + "/answers/" + STATED,
                    "{\"value\":\"transactional\"}");
            assertEquals(409, stated.statusCode(), "what the engagement states is not answered per respondent: " + stated.body());
            assertTrue(stated.body().contains("change it on the engagement"), stated.body());
            assertEquals(409, ana.json("PUT", "/api/engagements/" + engagement + "/respondents/" + priya + "/answers/" + STATED,
                    "{\"value\":\"transactional\"}").statusCode(), "nor by the consultant");

            HttpResponse<String> form = respondent.postForm(link, Map.of("a.strategy.icp_exists", "yes"));
            assertEquals(303, form.statusCode(), form.body());
            String after = respondent.get(link).body();
            assertEquals(3, count(OVERALL, after, 1), "the link's whole-form save, its JSON save and the consultant's all count");
            assertEquals("3 of " + asked + " answered", status(ana, engagement).get("status_text").asText(),
                    "the engagement page's status counts as the screens do");
            JsonNode answers = json(ana.get("/api/engagements/" + engagement + "/respondents/" + priya + "/interview")).get("answers");
            assertEquals("false", answers.get(LEFT_OPEN).get("value").asText());
            assertEquals("true", answers.get("strategy.icp_exists").get("value").asText());
        }
    }

    private static JsonNode status(Consultant consultant, String engagement) throws Exception {
        return json(consultant.get("/api/engagements/" + engagement)).get("respondents").get(0);
    }

    private static int count(Pattern pattern, String page, int group) {
        Matcher matcher = pattern.matcher(page);
        assertTrue(matcher.find(), "no " + pattern + " in the page");
        return Integer.parseInt(matcher.group(group));
    }
}
