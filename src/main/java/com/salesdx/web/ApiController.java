package com.salesdx.web;

import com.salesdx.diagnosis.DiagnosisSummary;
import com.salesdx.server.Bodies;
import com.salesdx.server.HealthInfo;
import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.service.InterviewState;
import com.salesdx.server.StoredSize;
import com.salesdx.store.Interview;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The JSON API: thin over the services; every error goes through the one error mapping. */
public final class ApiController {
    private final DiagnosisService diagnoses;
    private final InterviewService interviews;
    private final HealthInfo health;

    public ApiController(DiagnosisService diagnoses, InterviewService interviews, HealthInfo health) {
        this.diagnoses = diagnoses;
        this.interviews = interviews;
        this.health = health;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/api/health", health::respond, Role.ANYONE);
        Routes.get(app, "/api/questionnaires", ctx -> ctx.json(Map.of("questionnaires",
                diagnoses.knowledge().questionnaires().keySet())), Role.ANYONE);
        Routes.get(app, "/api/questionnaires/{id}", this::questionnaire, Role.ANYONE);
        app.post("/api/diagnoses", this::createDiagnosis, Role.ANYONE);
        Routes.get(app, "/api/diagnoses/{id}", this::diagnosis, Role.ANYONE);
        app.post("/api/preview", ctx -> ctx.json(DiagnosisSummary.of(diagnoses.preview(answerForm(ctx, false)))), Role.ANYONE);
        app.post("/api/interviews", this::createInterview, Role.ANYONE);
        Routes.get(app, "/api/interviews/{id}", ctx -> ctx.json(interviewJson(interviews.state(interview(ctx)))), Role.ANYONE);
        app.put("/api/interviews/{id}/answers/{question}", this::saveAnswer, Role.ANYONE);
        app.delete("/api/interviews/{id}/answers/{question}", this::clearAnswer, Role.ANYONE);
        app.post("/api/interviews/{id}/finish", this::finish, Role.ANYONE);
        app.post("/api/interviews/{id}/reopen", this::reopen, Role.ANYONE);
    }

    private void questionnaire(Context ctx) {
        ctx.json(QuestionnaireView.of(diagnoses.knowledge().questionnaire(ctx.pathParam("id"))
                .orElseThrow(() -> HttpError.notFound("questionnaire " + ctx.pathParam("id")))));
    }

    private void createDiagnosis(Context ctx) {
        StoredSize.check(ctx);
        created(ctx, diagnoses.diagnoseAndStore(answerForm(ctx, true), null));
    }

    private void diagnosis(Context ctx) {
        DiagnosisService.Stored stored = diagnoses.find(ctx.pathParam("id"))
                .orElseThrow(() -> HttpError.notFound("diagnosis " + ctx.pathParam("id")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", stored.row().id());
        body.put("created_at", stored.row().createdAt().toString());
        body.put("rules_version", stored.row().rulesVersion());
        body.put("diagnosis", stored.diagnosis());
        ctx.json(body);
    }

    private void createInterview(Context ctx) {
        StoredSize.check(ctx);
        Map<String, Object> body = Bodies.bytes(ctx).length == 0 ? Map.of() : Bodies.jsonObject(ctx);
        for (String key : body.keySet()) {
            if (!Set.of("title", "client", "respondent", "from").contains(key)) {
                throw HttpError.badRequest(key, "unknown field; expected title, client, respondent, from");
            }
        }
        Interview interview = interviews.start(text(body, "title"), text(body, "client"), text(body, "respondent"),
                text(body, "from"));
        ctx.status(201).header("Location", "/api/interviews/" + interview.id());
        ctx.json(interviewJson(interviews.state(interview)));
    }

    private void saveAnswer(Context ctx) {
        Interview interview = interview(ctx);
        StoredSize.check(ctx); // an oversized body is refused as such (413), whichever question it is sent to
        String question = question(ctx, interview);
        AnswerEdit.of(ctx, question).applyTo(interviews, interview, question);
        ctx.json(ProgressJson.of(interviews.state(interview)));
    }

    private void clearAnswer(Context ctx) {
        Interview interview = interview(ctx);
        AnswerEdit.clear(interviews, interview, question(ctx, interview));
        ctx.json(ProgressJson.of(interviews.state(interview)));
    }

    private String question(Context ctx, Interview interview) {
        return QuestionInPath.of(diagnoses.knowledge().questionnaire(interview.questionnaire()).orElseThrow(),
                ctx.pathParam("question")).id();
    }

    private void finish(Context ctx) {
        created(ctx, interviews.finish(interview(ctx)));
    }

    private void reopen(Context ctx) {
        Interview interview = interview(ctx);
        interviews.reopen(interview);
        ctx.json(interviewJson(interviews.state(interview)));
    }

    /** 201 with the stored JSON as it is: serialised once, for storage, and sent as stored. */
    private static void created(Context ctx, DiagnosisService.Stored stored) {
        String id = stored.row().id();
        byte[] head = ("{\"id\":\"" + id + "\",\"diagnosis\":").getBytes(StandardCharsets.UTF_8);
        byte[] result = stored.row().resultUtf8();
        byte[] body = Arrays.copyOf(head, head.length + result.length + 1);
        System.arraycopy(result, 0, body, head.length, result.length);
        body[body.length - 1] = '}';
        ctx.status(201).header("Location", "/api/diagnoses/" + id).contentType("application/json").result(body);
    }

    private Interview interview(Context ctx) {
        return interviews.find(ctx.pathParam("id")).orElseThrow(() -> HttpError.notFound("interview " + ctx.pathParam("id")));
    }

    private Map<String, Object> answerForm(Context ctx, boolean answerNeeded) {
        return DiagnosisRequest.read(ctx, diagnoses.knowledge().questionnaires().keySet(), answerNeeded);
    }

    private static String text(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value != null && !(value instanceof String)) {
            throw HttpError.badRequest(key, "must be text");
        }
        return (String) value;
    }

    static Map<String, Object> interviewJson(InterviewState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", state.interview().id());
        out.put("questionnaire", state.interview().questionnaire());
        out.put("title", state.interview().title());
        out.put("client", state.interview().client());
        out.put("respondent", state.interview().respondent());
        out.put("finished", state.finished());
        out.put("diagnosis", state.finishedWith() == null || state.finishedWith().isEmpty() ? null : state.finishedWith());
        out.put("created_at", state.interview().createdAt().toString());
        out.put("updated_at", state.interview().updatedAt().toString());
        Map<String, Object> answers = new LinkedHashMap<>();
        state.answers().forEach((id, a) -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("value", a.value());
            answer.put("dont_know", a.dontKnow());
            answer.put("note", a.note());
            answers.put(id, answer);
        });
        out.put("answers", answers);
        out.putAll(ProgressJson.of(state));
        return out;
    }
}
