package com.salesdx.web;

import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.server.Forms;
import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.service.InterviewState;
import com.salesdx.store.Interview;
import com.salesdx.web.accounts.Dates;
import com.salesdx.web.report.ResultView;
import com.salesdx.yaml.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTML pages: home, the executive diagnostic and the interview (results are in web.report). */
public final class PageController {
    private final DiagnosisService diagnoses;
    private final InterviewService interviews;

    public PageController(DiagnosisService diagnoses, InterviewService interviews) {
        this.diagnoses = diagnoses;
        this.interviews = interviews;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/", ctx -> ctx.render("templates/home.peb", Map.of("title", "Diagnose a sales organisation")), Role.ANYONE);
        Routes.get(app, "/ceo", ctx -> renderCeo(ctx, Map.of(), null), Role.ANYONE);
        app.post("/ceo", this::submitCeo, Role.ANYONE);
        app.post("/interviews", this::startInterview, Role.ANYONE);
        Routes.get(app, "/interviews/{id}", this::showInterview, Role.ANYONE);
        app.post("/interviews/{id}", this::saveInterviewForm, Role.ANYONE);
        app.post("/interviews/{id}/finish", this::finishInterview, Role.ANYONE);
        app.post("/interviews/{id}/reopen", this::reopenInterview, Role.ANYONE);
    }

    private void renderCeo(Context ctx, Map<String, String> given, String error) {
        Questionnaire ceo = diagnoses.knowledge().questionnaire("ceo").orElseThrow();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Executive diagnostic");
        model.put("questionnaire", ceo);
        model.put("questions", ceo.orderedQuestions());
        model.put("given", given);
        model.put("error", error);
        model.put("pillarNames", pillarNames());
        ctx.render("templates/ceo.peb", model);
    }

    private void submitCeo(Context ctx) {
        Map<String, List<String>> form = Forms.read(ctx);
        Questionnaire ceo = diagnoses.knowledge().questionnaire("ceo").orElseThrow();
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (QuestionDef question : ceo.orderedQuestions()) {
            String value = Forms.first(form, question.id());
            if (value != null && !value.isBlank() && !value.equals("skip")) {
                answers.put(question.id(), value);
                given.put(question.id(), value);
            }
        }
        if (answers.isEmpty()) {
            ctx.status(400);
            renderCeo(ctx, given, "Answer at least one question to get a diagnosis.");
            return;
        }
        try {
            DiagnosisService.Stored stored = diagnoses.diagnoseAndStore(Map.of("questionnaire", "ceo", "answers", answers), null);
            ctx.redirect("/results/" + stored.row().id(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            ctx.status(400);
            renderCeo(ctx, given, QuestionText.describe(ceo, e.problems().get(0).field(), e.problems().get(0).message()));
        }
    }

    private void startInterview(Context ctx) {
        Map<String, List<String>> form = Forms.read(ctx);
        Interview interview = interviews.start(Forms.first(form, "title"), Forms.first(form, "client"),
                Forms.first(form, "respondent"), Forms.first(form, "from"));
        ctx.redirect("/interviews/" + interview.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void showInterview(Context ctx) {
        InterviewState state = interviews.state(interviewOf(ctx));
        Map<String, Object> model = new LinkedHashMap<>(ResultView.of(state.provisional(), diagnoses.knowledge()));
        model.put("title", "Interview");
        model.put("state", state);
        model.put("interview", state.interview());
        model.put("startedAt", Dates.readable(state.interview().createdAt()));
        model.put("questionnaire", state.questionnaire());
        model.put("answers", FormValues.answerStrings(state.answers()));
        model.put("diagnosis", state.provisional());
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("finished", state.finished());
        model.put("finishedWith", state.finishedWith());
        model.put("scaleValues", List.of("1", "2", "3", "4", "5"));
        ctx.render("templates/interview.peb", model);
    }

    /** Without JavaScript the whole form posts here; with it, each answer is saved as it is given. */
    private void saveInterviewForm(Context ctx) {
        Interview interview = interviewOf(ctx);
        Map<String, List<String>> form = Forms.read(ctx);
        Questionnaire questionnaire = diagnoses.knowledge().questionnaire(interview.questionnaire()).orElseThrow();
        for (QuestionDef question : questionnaire.orderedQuestions()) {
            String value = Forms.first(form, "a." + question.id());
            String note = Forms.first(form, "n." + question.id());
            boolean dontKnow = Forms.first(form, "dk." + question.id()) != null;
            if (value == null && note == null && !dontKnow) {
                continue;
            }
            Object typed = dontKnow || value == null || value.isBlank() ? null : FormValues.typed(question, value);
            interviews.answer(interview, question.id(), typed, dontKnow, note);
        }
        ctx.redirect("/interviews/" + interview.id() + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void finishInterview(Context ctx) {
        DiagnosisService.Stored stored = interviews.finish(interviewOf(ctx));
        ctx.redirect("/results/" + stored.row().id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void reopenInterview(Context ctx) {
        Interview interview = interviewOf(ctx);
        interviews.reopen(interview);
        ctx.redirect("/interviews/" + interview.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private Interview interviewOf(Context ctx) {
        return interviews.find(ctx.pathParam("id")).orElseThrow(() -> HttpError.notFound("interview " + ctx.pathParam("id")));
    }

    private Map<String, String> pillarNames() {
        Map<String, String> names = new LinkedHashMap<>();
        diagnoses.knowledge().pillars().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }
}
