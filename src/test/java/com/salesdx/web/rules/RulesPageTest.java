package com.salesdx.web.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.coverage.Coverage;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.service.DiagnosisService;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.support.ProjectFiles;
import com.salesdx.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules page: what it shows (through its service, on a real store) and that it is closed without a session. */
class RulesPageTest {
    @TempDir
    Path temp;

    @Test
    void theRulesPageAndItsJsonAreClosedWithoutASignedInConsultant() throws Exception {
        try (TestServer server = TestServer.embedded(temp.resolve("data"))) {
            HttpResponse<String> api = server.get("/api/rules");
            assertEquals(401, api.statusCode());
            assertTrue(api.body().contains("sign in"), api.body());
            HttpResponse<String> page = server.get("/rules");
            assertEquals(303, page.statusCode(), "a page sends the visitor to sign in");
            assertTrue(page.headers().firstValue("Location").orElse("").startsWith("/login"), page.headers().toString());
        }
    }

    @Test
    void eachRuleShowsWhatItReadsRecommendsAndRestsOnAndHowOftenItFired() {
        try (Database database = Database.embedded(temp.resolve("data"))) {
            RuleBaseHolder rules = new RuleBaseHolder(ProjectFiles.shippedRuleBase());
            DiagnosisService diagnoses = new DiagnosisService(rules, new DiagnosisStore(database));
            diagnoses.diagnoseAndStore(Map.of("questionnaire", "consultant", "answers",
                    Map.of("context.sales_motion", "channel", "compensation.model", "commission_only")), null);

            Coverage coverage = new RulesService(rules::current, diagnoses.stored(), ProjectFiles.KB).coverage();

            Coverage.RuleUse channel = rule(coverage, "Compensation: sellers who work through partners are paid commission only on what partners order");
            assertEquals("rules/compensation-fit.csv", channel.file());
            assertEquals(14, channel.line());
            assertEquals("compensation", channel.pillar());
            assertTrue(channel.questions().containsAll(java.util.List.of("compensation.model", "context.sales_motion")));
            assertTrue(channel.interventions().contains("partner-incentive-design"));
            assertEquals(1, channel.firedOnStored(), "the one stored diagnosis is a channel sale paid on commission only");
            assertTrue(channel.firedOnSuites() >= 1, "a scenario covers it");
            Coverage.RuleUse review = rule(coverage, "Compensation: base plus commission has not been recalibrated for more than eighteen months");
            assertEquals("compensation.recalibration_months", review.thresholds().get(0).id());
            assertTrue(review.thresholds().get(0).source() != null && !review.thresholds().get(0).source().isBlank());
            assertEquals(0, review.firedOnStored());
            assertEquals(1, coverage.storedRuns());
            assertTrue(coverage.unreadQuestions().isEmpty() && coverage.unrecommendedInterventions().isEmpty(),
                    "the shipped knowledge has neither");
            assertTrue(coverage.neverFiring().stream().allMatch(name -> rule(coverage, name).firedOnSuites() == 0));
            String gap = "Perception: leaders think sellers understand the pay plan, sellers say they cannot explain it";
            assertTrue(rule(coverage, gap).firedOnSuites() >= 1, "an engagement case produces this perception gap");
            assertTrue(coverage.neverFiring().stream().noneMatch(name -> name.startsWith("Perception:")), coverage.neverFiring().toString());
        }
    }

    private static Coverage.RuleUse rule(Coverage coverage, String name) {
        return coverage.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
