package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.store.DataDirectoryInUseException;
import com.salesdx.store.Database;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.Interview;
import com.salesdx.store.InterviewStore;
import com.salesdx.store.StoredAnswer;
import com.salesdx.store.StoredDiagnosis;
import com.salesdx.support.Postgres;
import com.salesdx.support.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same storage behaviour on the embedded database and on PostgreSQL. */
class StorageTest {
    @TempDir
    static Path data;

    static Stream<Arguments> databases() {
        Supplier<Database> h2 = () -> Database.embedded(data.resolve("h2"));
        Supplier<Database> postgres = () -> Database.server(Postgres.url());
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStoredDiagnosisReadsBackWithItsAnswersAndRulesVersion(String name, Supplier<Database> open) {
        try (Database database = open.get()) {
            DiagnosisStore store = new DiagnosisStore(database);
            StoredDiagnosis saved = store.save("ceo", "{\"answers\":{}}", "{\"findings\":[]}", "abc123abc123", null);
            StoredDiagnosis found = store.find(saved.id()).orElseThrow();
            assertEquals(saved, found);
            assertTrue(store.find("AAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void interviewAnswersAreReplacedClearedAndKeptApartFromDontKnow(String name, Supplier<Database> open) {
        try (Database database = open.get()) {
            InterviewStore store = new InterviewStore(database);
            Interview interview = store.create("consultant", "Acme", "VP", null,
                    List.of(new StoredAnswer("strategy.icp_exists", false, false, null)));
            store.save(interview.id(), new StoredAnswer("strategy.icp_exists", true, false, "changed their mind"));
            store.save(interview.id(), new StoredAnswer("process.forecast_accuracy", null, true, null));
            store.save(interview.id(), new StoredAnswer("process.crm_stages", 9, false, null));
            store.clear(interview.id(), "process.crm_stages");
            Map<String, StoredAnswer> answers = store.answers(interview.id());
            assertEquals(new StoredAnswer("strategy.icp_exists", true, false, "changed their mind"), answers.get("strategy.icp_exists"));
            assertEquals(new StoredAnswer("process.forecast_accuracy", null, true, null), answers.get("process.forecast_accuracy"));
            assertEquals(2, answers.size());
            assertTrue(store.find(interview.id()).orElseThrow().updatedAt().compareTo(interview.createdAt()) >= 0);
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryFailsFastAndTheFirstKeepsServing(@TempDir Path dir) throws Exception {
        try (TestServer first = TestServer.embedded(dir)) {
            DataDirectoryInUseException error = assertThrows(DataDirectoryInUseException.class, () -> Database.embedded(dir));
            assertTrue(error.getMessage().contains("is in use by another salesdx server"), error.getMessage());
            assertEquals(201, first.post("/api/diagnoses", "{\"questionnaire\":\"ceo\",\"answers\":{\"ceo.strategy_line_of_sight\":\"no\"}}")
                    .statusCode());
        }
    }
}
