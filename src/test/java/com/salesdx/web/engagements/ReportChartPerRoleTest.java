package com.salesdx.web.engagements;

import static com.salesdx.web.engagements.Consultant.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.engagement.Engagement;
import com.salesdx.engagement.EngagementDiagnoser;
import com.salesdx.engagement.EngagementReader;
import com.salesdx.engagement.Respondent;
import com.salesdx.knowledge.Scoring;
import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import com.salesdx.support.TestServer;
import com.salesdx.yaml.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engagement report's chart per role, on the demo client's first round: every bar carries the figures of
 * that role's own answers diagnosed alone (read here straight from the example files, not from the store),
 * and pillars where roles land a band or more apart are said in words under the chart.
 */
class ReportChartPerRoleTest {
    @TempDir
    Path data;

    @Test
    void eachRolesBarsShowTheScoreBandAndAnswersOfThatRolesAnswersDiagnosedAlone() throws Exception {
        RuleBase rules = ProjectFiles.shippedRuleBase();
        Map<String, List<PillarResult>> expected = expectedByRole(rules,
                EngagementReportTest.EXAMPLES.resolve("round-1/engagement.yaml"));
        try (TestServer server = TestServer.embedded(data)) {
            DemoEngagement.Loaded demo = DemoEngagement.load(server.engagements(), server.accounts(), EngagementReportTest.EXAMPLES);
            Consultant consultant = Consultant.existing(server, demo.email(), demo.password().orElseThrow());
            String roundOne = demo.latest().orElseThrow().previousId();

            JsonNode export = json(consultant.get("/engagements/" + roundOne + "/report.json"));
            JsonNode byRole = export.get("by_role");
            assertEquals(expected.keySet().size(), byRole.size(), "one entry per role that answered: " + byRole);
            String page = consultant.get("/engagements/" + roundOne + "/report").body();
            String chart = page.substring(page.indexOf("class=\"chart role-chart\""), page.indexOf("</div>",
                    page.indexOf("class=\"chart role-chart\"")));
            int bars = 0;
            for (JsonNode role : byRole) {
                List<PillarResult> alone = expected.get(role.get("role").asText());
                assertTrue(alone != null, "a role of the example: " + role);
                for (int i = 0; i < alone.size(); i++) {
                    PillarResult want = alone.get(i);
                    JsonNode got = role.get("pillars").get(i);
                    assertEquals(want.id(), got.get("id").asText());
                    assertEquals(want.assessed(), got.get("assessed").asBoolean(), role.get("label") + " " + want.id());
                    assertEquals(want.answered(), got.get("answered").asInt(), role.get("label") + " " + want.id());
                    String answers = want.answered() + (want.answered() == 1 ? " answer" : " answers");
                    String text = want.assessed() ? want.score() + " " + want.band() + " · " + answers : "not assessed · " + answers;
                    if (want.assessed()) {
                        assertEquals(want.score().intValue(), got.get("score").asInt(), role.get("label") + " " + want.id());
                        assertEquals(want.band(), got.get("band").asText());
                    }
                    assertTrue(chart.contains(">" + text + "</text>"), "the chart shows " + role.get("label") + " " + want.id()
                            + ": " + text);
                    bars++;
                }
            }
            assertEquals(bars, count(chart, "class=\"role\""), "one labelled bar per role and pillar");
            assertTrue(bars >= 4 * 5, "the demo's first round has at least four roles over five pillars: " + bars);

            List<String> apart = pillarsABandApart(rules.knowledge().scoring(), expected);
            assertFalse(apart.isEmpty(), "leaders and sellers of the demo describe different pillars");
            JsonNode differences = export.get("role_differences");
            assertEquals(apart.size(), differences.size(), differences.toString());
            String under = page.substring(page.indexOf("class=\"role-differences\""));
            for (int i = 0; i < apart.size(); i++) {
                assertTrue(differences.get(i).asText().startsWith(apart.get(i) + ": "), differences.get(i).asText());
                assertTrue(under.contains("<li>" + differences.get(i).asText().replace("&", "&amp;") + "</li>"),
                        "said under the chart: " + differences.get(i).asText());
            }
            assertTrue(consultant.get("/engagements/" + roundOne + "/report.html").body().contains("class=\"chart role-chart\""),
                    "the HTML export carries the chart too");
        }
    }

    /** Each role of the example file diagnosed on its own, with the file's context: what the chart must show. */
    private static Map<String, List<PillarResult>> expectedByRole(RuleBase rules, Path file) {
        Problems problems = new Problems();
        Engagement engagement = new EngagementReader(rules.knowledge()).read(file, problems).orElseThrow();
        problems.throwIfAny(file.toString());
        Map<String, List<Respondent>> roles = new LinkedHashMap<>();
        engagement.respondents().forEach(r -> roles.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(r));
        Map<String, List<PillarResult>> out = new LinkedHashMap<>();
        roles.forEach((role, people) -> out.put(role, EngagementDiagnoser.diagnose(rules, new Engagement(engagement.client(),
                engagement.sector(), engagement.round(), engagement.context(), people, List.of(), null)).diagnosis().pillars()));
        return out;
    }

    private static List<String> pillarsABandApart(Scoring scoring, Map<String, List<PillarResult>> byRole) {
        List<String> apart = new ArrayList<>();
        List<PillarResult> first = byRole.values().iterator().next();
        for (int i = 0; i < first.size(); i++) {
            final int pillar = i;
            List<Integer> ranks = byRole.values().stream().map(p -> p.get(pillar)).filter(PillarResult::assessed)
                    .map(p -> scoring.bandRank(p.band())).toList();
            if (ranks.size() >= 2 && ranks.stream().max(Integer::compare).get() > ranks.stream().min(Integer::compare).get()) {
                apart.add(first.get(i).name());
            }
        }
        return apart;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
