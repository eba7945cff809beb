package com.salesdx.web.engagements;

import static com.salesdx.web.engagements.Consultant.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.store.Database;
import com.salesdx.support.ProjectFiles;
import com.salesdx.support.TestServer;
import com.salesdx.support.Stores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Many answers saved at once to one engagement's interviews: every one stored, none refused, on H2 and PostgreSQL. */
class ConcurrentAnswerSavesTest {
    static final int RESPONDENTS = 4;
    static final int QUESTIONS_EACH = 50;
    /** Under the server's 64 connections per client address, so the test measures the store, not the limit. */
    static final int IN_FLIGHT = 48;

    @TempDir
    static Path data;

    static Stream<Arguments> databases() {
        return Stores.h2AndPostgres(data);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoHundredConcurrentSavesToOneEngagementAreAllStoredWithoutAnError(String db, Supplier<Database> open)
            throws Exception {
        List<QuestionDef> yesNo = ProjectFiles.shippedRuleBase().knowledge().questionnaire("consultant").orElseThrow()
                .orderedQuestions().stream().filter(q -> q.type().name().equals("YES_NO") && q.pillar() != null)
                .limit(QUESTIONS_EACH).toList();
        assertEquals(QUESTIONS_EACH, yesNo.size(), "the consultant questionnaire has enough yes/no questions");
        try (TestServer server = TestServer.on(open)) {
            Consultant ana = Consultant.signedIn(server, "ana");
            String engagement = ana.createEngagement("Busy Client");
            List<String> respondents = new ArrayList<>();
            for (int i = 0; i < RESPONDENTS; i++) {
                respondents.add(ana.addRespondent(engagement, "Person " + i, i % 2 == 0 ? "seller" : "frontline_manager"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
            CountDownLatch start = new CountDownLatch(1);
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            for (String respondent : respondents) {
                for (int q = 0; q < QUESTIONS_EACH; q++) {
                    String question = yesNo.get(q).id();
                    String body = "{\"value\":\"" + (q % 2 == 0 ? "yes" : "no") + "\",\"note\":\"" + respondent + "/" + q + "\"}";
                    pool.submit(() -> {
                        try {
                            start.await();
                            HttpResponse<String> saved = ana.json("PUT", "/api/engagements/" + engagement + "/respondents/"
                                    + respondent + "/answers/" + question, body);
                            if (saved.statusCode() != 200) {
                                errors.add(saved.statusCode() + " " + saved.body());
                            }
                        } catch (Exception e) {
                            errors.add(e.toString());
                        }
                    });
                }
            }
            start.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the saves finished");

            assertEquals(List.of(), new ArrayList<>(errors), "no save was refused");
            int stored = 0;
            for (String respondent : respondents) {
                JsonNode interview = json(ana.get("/api/engagements/" + engagement + "/respondents/" + respondent + "/interview"));
                assertEquals(QUESTIONS_EACH, interview.get("answered").asInt(), respondent);
                for (int q = 0; q < QUESTIONS_EACH; q++) {
                    JsonNode answer = interview.get("answers").get(yesNo.get(q).id());
                    assertEquals(q % 2 == 0, answer.get("value").asBoolean());
                    assertEquals(respondent + "/" + q, answer.get("note").asText(), "each note landed on its own respondent");
                    stored++;
                }
            }
            assertEquals(RESPONDENTS * QUESTIONS_EACH, stored);
            System.out.printf("%s: %d concurrent answer saves to one engagement, %d stored, %d errors%n", db,
                    RESPONDENTS * QUESTIONS_EACH, stored, errors.size());
        }
    }
}
