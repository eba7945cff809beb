package com.salesdx.web.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.salesdx.coverage.Coverage;
import com.salesdx.rules.RuleBaseBuilder;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.service.DiagnosisService;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.support.Postgres;
import com.salesdx.support.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules page counts firings on stored diagnoses once per live version: a second view runs no
 * diagnosis again, a new diagnosis is run alone, a new version counts afresh. Counted as work done
 * (answer sets run), not as time; on a real store, H2 and PostgreSQL (whose database other tests share,
 * so there the cached counts are compared with a fresh count rather than with fixed numbers).
 */
class RuleCountsAreKeptPerVersionTest {
    private static final String CHANNEL_RULE = "Compensation: sellers who work through partners are paid commission only on what partners order";
    private static final Map<String, Object> CHANNEL_SALE = Map.of("questionnaire", "consultant", "answers",
            Map.of("context.sales_motion", "channel", "compensation.model", "commission_only"));

    @TempDir
    Path temp;

    @Test
    void onH2ASecondViewRunsNothingAgainANewDiagnosisIsRunAloneAndANewVersionCountsAfresh() throws Exception {
        try (Database database = Database.embedded(temp.resolve("data"))) {
            Views views = views(database);
            Coverage first = views.service.coverage();
            long work = views.service.diagnosesRun();
            assertEquals(1, first.storedRuns());
            assertEquals(1, fired(first, CHANNEL_RULE));

            assertEquals(first, views.service.coverage());
            assertEquals(work, views.service.diagnosesRun(), "the second view ran no diagnosis again");

            views.diagnoses.diagnoseAndStore(CHANNEL_SALE, null);
            Coverage second = views.service.coverage();
            assertEquals(work + 1, views.service.diagnosesRun(), "only the new diagnosis was run");
            assertEquals(2, second.storedRuns());
            assertEquals(2, fired(second, CHANNEL_RULE));

            views.rules.replace(RuleBaseBuilder.build(channelRowChanged(), ProjectFiles.KB));
            Coverage third = views.service.coverage();
            assertNotEquals(second.version(), third.version());
            assertEquals(work + 1 + third.suiteRuns() + 2, views.service.diagnosesRun(), "the new version ran the suites and both again");
            assertEquals(0, fired(third, CHANNEL_RULE), "with the new version the row looks at salary plus bonus");
            assertEquals(firings(fresh(views).coverage()), firings(third));
        }
    }

    @Test
    void onPostgresTheCachedCountsAreThoseOfAFreshCountAfterEachChange() throws Exception {
        Supplier<Database> store = () -> Database.server(Postgres.url());
        try (Database database = store.get()) {
            Views views = views(database);
            Coverage first = views.service.coverage();
            long work = views.service.diagnosesRun();
            assertEquals(firings(fresh(views).coverage()), firings(first));
            views.service.coverage();
            assertEquals(work, views.service.diagnosesRun(), "the second view ran no diagnosis again");

            views.diagnoses.diagnoseAndStore(CHANNEL_SALE, null);
            Coverage second = views.service.coverage();
            assertEquals(work + 1, views.service.diagnosesRun(), "only the new diagnosis was run");
            assertEquals(first.storedRuns() + 1, second.storedRuns());
            assertEquals(fired(first, CHANNEL_RULE) + 1, fired(second, CHANNEL_RULE));
            assertEquals(firings(fresh(views).coverage()), firings(second));
        }
    }

    @Test
    void aScenarioSavedAfterTheFirstViewIsCountedOnTheNextView() throws Exception {
        Path kb = temp.resolve("kb");
        ProjectFiles.copyTree(ProjectFiles.KB, kb);
        try (Database database = Database.embedded(temp.resolve("data"))) {
            RuleBaseHolder rules = new RuleBaseHolder(ProjectFiles.shippedRuleBase());
            DiagnosisService diagnoses = new DiagnosisService(rules, new DiagnosisStore(database));
            RulesService service = new RulesService(rules::current, diagnoses.stored(), kb);
            Coverage first = service.coverage();
            assertEquals(first, service.coverage(), "nothing changed, nothing counted again");

            Files.writeString(kb.resolve("scenarios/added-while-serving.yaml"), String.join("\n",
                    "name: A channel business paying commission only, saved while the server runs",
                    "questionnaire: consultant",
                    "answers:",
                    "  context.sales_motion: channel",
                    "  compensation.model: commission_only",
                    "expect:",
                    "  present:",
                    "  - compensation.commission-only-channel", ""));
            Coverage second = service.coverage();

            assertEquals(first.version(), second.version(), "a scenario is not part of the rules version");
            assertEquals(first.suiteRuns() + 1, second.suiteRuns());
            assertEquals(suiteFired(first, CHANNEL_RULE) + 1, suiteFired(second, CHANNEL_RULE));
        }
    }

    private static int suiteFired(Coverage coverage, String rule) {
        return coverage.rules().stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow().firedOnSuites();
    }

    private record Views(RuleBaseHolder rules, DiagnosisService diagnoses, RulesService service) {
    }

    private static Views views(Database database) {
        RuleBaseHolder rules = new RuleBaseHolder(ProjectFiles.shippedRuleBase());
        DiagnosisService diagnoses = new DiagnosisService(rules, new DiagnosisStore(database));
        diagnoses.diagnoseAndStore(CHANNEL_SALE, null);
        return new Views(rules, diagnoses, new RulesService(rules::current, diagnoses.stored(),
                ProjectFiles.KB));
    }

    /** A service with nothing counted yet, on the same rules and store. */
    private static RulesService fresh(Views views) {
        return new RulesService(views.rules::current, views.diagnoses.stored(), ProjectFiles.KB);
    }

    private Path channelRowChanged() throws Exception {
        Path rules = temp.resolve("candidate/rules");
        ProjectFiles.copyTree(ProjectFiles.RULES, rules);
        Path table = rules.resolve("compensation-fit.csv");
        Files.writeString(table, Files.readString(table).lines()
                .map(row -> row.startsWith("Compensation: sellers who work through partners")
                        ? row.replace(",commission_only,channel,", ",salary_bonus,channel,") : row)
                .collect(Collectors.joining("\n", "", "\n")));
        return rules;
    }

    private static int fired(Coverage coverage, String rule) {
        return coverage.rules().stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow().firedOnStored();
    }

    private static Map<String, Integer> firings(Coverage coverage) {
        return coverage.rules().stream().collect(Collectors.toMap(Coverage.RuleUse::name, Coverage.RuleUse::firedOnStored));
    }
}
