package com.salesdx.web.engagements;

import static com.salesdx.web.engagements.Consultant.json;
import static com.salesdx.web.engagements.Consultant.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesdx.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engagement report, its exports, rounds and the demo, on the fictional two-round example client. */
class EngagementReportTest {
    static final Path EXAMPLES = Path.of("examples/engagement");
    static final String PIPELINE_GAP = "perception.pipeline-review-unseen";

    @TempDir
    Path data;

    @Test
    void theDemoLoadsTwoRoundsWhoseReportsShowThePerceptionGapAndWhatEachAnswerRestsOn() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            DemoEngagement.Loaded demo = DemoEngagement.load(server.engagements(), server.accounts(), EXAMPLES);
            assertTrue(DemoEngagement.load(server.engagements(), server.accounts(), EXAMPLES).password().isEmpty(),
                    "a store that has the demo is left alone");
            Consultant consultant = Consultant.existing(server, demo.email(), demo.password().orElseThrow());
            String roundTwo = demo.latest().orElseThrow().id();
            String roundOne = demo.latest().orElseThrow().previousId();

            HttpResponse<String> first = consultant.get("/engagements/" + roundOne + "/report");
            assertEquals(200, first.statusCode(), first.body());
            assertTrue(first.body().contains("Kestrel Fleet Systems (fictional)"));
            assertTrue(first.body().contains("<dd>Round 1</dd>"), "the round is in the header");
            assertTrue(first.body().contains("Executive (Maren)") && first.body().contains("Seller (Aiko)"), "respondents by role");
            assertTrue(first.body().contains("Perception gap:"), "round 1 has a perception gap");
            assertFalse(first.body().contains("Perception gap:</span> Perception:"), "its title does not say it twice");
            assertTrue(first.body().matches("(?s).*compares the answers of \\d+ people.*"), "a gap compares people, both sides");
            assertTrue(first.body().contains("class=\"by-role\""), "its answers side by side by role");
            assertTrue(first.body().contains("rests on 7 people"), "a finding resting on all seven");
            assertFalse(first.body().contains("Provisional."), "every round-1 interview is finished");
            assertTrue(first.body().contains("Engagement <code>" + roundOne + "</code>, diagnosed afresh"), "the appendix names the id for what it is");
            assertTrue(first.body().matches("(?s).*\\(rests on \\d+ (person|people)\\).*"), "each answer says what it rests on");

            JsonNode oneJson = json(consultant.get("/engagements/" + roundOne + "/report.json"));
            JsonNode twoJson = json(consultant.get("/engagements/" + roundTwo + "/report.json"));
            assertTrue(hasFinding(oneJson, PIPELINE_GAP), "leaders see a pipeline review sellers do not, in round 1");
            assertFalse(hasFinding(twoJson, PIPELINE_GAP), "resolved in round 2");
            assertEquals(7, twoJson.get("respondents").size());

            HttpResponse<String> comparison = consultant.get("/engagements/" + roundTwo + "/comparison");
            assertEquals(200, comparison.statusCode(), comparison.body());
            String gapTitle = title(oneJson, PIPELINE_GAP);
            String resolved = comparison.body().substring(comparison.body().indexOf("Findings resolved"),
                    comparison.body().indexOf("New findings"));
            assertTrue(resolved.contains(gapTitle.replace("'", "&#39;")) || resolved.contains(gapTitle), "resolved: " + gapTitle);
            assertTrue(comparison.body().contains("What was chosen after round 1"));
            assertTrue(comparison.body().contains("Pillar scores"));

            // What changed since round 1 is in round 2's report itself, its web-page export and its JSON.
            String twoPage = consultant.get("/engagements/" + roundTwo + "/report").body();
            assertTrue(twoPage.matches("(?s).*<strong>Provisional\\.</strong> \\d+ of 7 interviews\\s+(is|are) not finished: .*"),
                    "round 2's interviews are still open, and the report says so at its top");
            assertTrue(consultant.get("/engagements/" + roundTwo + "/report.html").body().contains("Provisional."), "the export too");
            String since = twoPage.substring(twoPage.indexOf("id=\"since-h\""));
            assertTrue(since.startsWith("id=\"since-h\">Since round 1</h2>"), since.substring(0, 80));
            assertTrue(since.contains("Findings resolved") && (since.contains(gapTitle.replace("'", "&#39;")) || since.contains(gapTitle)),
                    "the resolved gap is in the report");
            assertFalse(since.substring(0, since.indexOf("Pillar scores")).matches("(?s).*version [0-9a-f]{12}.*"),
                    "no rules hash in what is handed over");
            assertTrue(consultant.get("/engagements/" + roundTwo + "/report.html").body().contains("Since round 1"));
            assertTrue(twoJson.get("since_previous_round").isObject(), "the JSON export carries the comparison");
            assertTrue(oneJson.get("since_previous_round").isNull(), "a first round has nothing to compare");
            assertFalse(consultant.get("/engagements/" + roundOne + "/report").body().contains("id=\"since-h\""));
        }
    }

    @Test
    void exportsEscapeWhatTheClientTypedAndTheCsvHasOneRowPerRespondentAndQuestion() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("<b>Acme</b> & Sons");
            String priya = ana.addRespondent(engagement, "=Priya", "seller");
            String tomas = ana.addRespondent(engagement, "Tomas", "sales_leader");
            String api = "/api/engagements/" + engagement + "/respondents/";
            assertEquals(200, ana.json("PUT", api + priya + "/answers/leadership.weekly_pipeline_review",
                    "{\"value\":\"no\",\"note\":\"=HYPERLINK(\\\"http://evil\\\")\"}").statusCode());
            assertEquals(200, ana.json("PUT", api + tomas + "/answers/leadership.weekly_pipeline_review",
                    "{\"value\":\"yes\"}").statusCode());
            assertEquals(200, ana.json("PUT", api + tomas + "/answers/leadership.coaching_hours",
                    "{\"dont_know\":true}").statusCode());

            String csv = ana.get("/engagements/" + engagement + "/answers.csv").body();
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))
                    .getRecords();
            assertEquals(4, records.size(), "one row per respondent and answered question, then the stated context");
            CSVRecord stated = records.get(3);
            assertEquals(EngagementExports.STATED, stated.get("respondent"));
            assertEquals("context.sales_motion", stated.get("question_id"));
            assertTrue(stated.get("answer").startsWith("Complex"), stated.toString());
            CSVRecord first = records.get(0);
            assertEquals("'=Priya", first.get("respondent"), "a name that starts a formula is neutralised");
            assertEquals("Seller", first.get("role"));
            assertEquals("'=HYPERLINK(\"http://evil\")", first.get("note"));
            assertEquals("don't know", records.stream().filter(r -> r.get("question_id").equals("leadership.coaching_hours"))
                    .findFirst().orElseThrow().get("answer"));

            String page = ana.get("/engagements/" + engagement + "/report").body();
            assertTrue(page.contains("&lt;b&gt;Acme&lt;/b&gt; &amp; Sons") && !page.contains("<b>Acme</b>"), "HTML-escaped");
            String jsonExport = ana.get("/engagements/" + engagement + "/report.json").body();
            assertTrue(jsonExport.contains("\\u003Cb\\u003EAcme") || jsonExport.contains("\\u003cb\\u003eAcme"), jsonExport.substring(0, 300));
            HttpResponse<String> html = ana.get("/engagements/" + engagement + "/report.html");
            assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
            String css = ana.get("/engagements/" + engagement + "/print.css").body();
            assertFalse(css.contains("<b>"), "the running header is a CSS string with escapes");
        }
    }

    @Test
    void aNewRoundKeepsContextAndRespondentsWithEmptyInterviewsAndAFirstRoundHasNothingToCompare() throws Exception {
        try (TestServer server = TestServer.embedded(data)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Round Robin Ltd");
            String priya = ana.addRespondent(engagement, "Priya", "seller");
            ana.addRespondent(engagement, "Tomas", "sales_leader");
            ana.json("PUT", "/api/engagements/" + engagement + "/respondents/" + priya + "/answers/leadership.weekly_pipeline_review",
                    "{\"value\":\"no\"}");
            assertEquals(409, ana.get("/engagements/" + engagement + "/comparison").statusCode());

            HttpResponse<String> started = ana.postForm("/engagements/" + engagement + "/rounds", Map.of());
            assertEquals(303, started.statusCode());
            String next = location(started).substring("/engagements/".length());
            JsonNode round = json(ana.get("/api/engagements/" + next));
            assertEquals(2, round.get("round").asInt());
            assertEquals(engagement, round.get("previous_round").asText());
            assertEquals("complex_b2b", round.get("context").get("context.sales_motion").asText());
            assertEquals(2, round.get("respondents").size());
            assertTrue(StreamSupport.stream(round.get("respondents").spliterator(), false).allMatch(r -> r.get("answered").asInt() == 0),
                    "new, empty interviews");
            assertEquals(next, location(ana.postForm("/engagements/" + engagement + "/rounds", Map.of()))
                    .substring("/engagements/".length()), "starting it twice opens the same next round");
            assertEquals(200, ana.get("/engagements/" + next + "/comparison").statusCode());
            assertEquals(400, ana.postForm("/engagements/" + engagement + "/chosen", Map.of("intervention", "no-such-remedy"))
                    .statusCode(), "an unknown intervention is refused");
        }
    }

    private static boolean hasFinding(JsonNode export, String id) {
        return StreamSupport.stream(export.get("diagnosis").get("findings").spliterator(), false)
                .anyMatch(f -> f.get("id").asText().equals(id));
    }

    private static String title(JsonNode export, String id) {
        return StreamSupport.stream(export.get("diagnosis").get("findings").spliterator(), false)
                .filter(f -> f.get("id").asText().equals(id)).findFirst().orElseThrow().get("title").asText();
    }
}
