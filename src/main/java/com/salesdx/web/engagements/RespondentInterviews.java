package com.salesdx.web.engagements;

import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.server.Forms;
import com.salesdx.server.HttpError;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.server.StoredSize;
import com.salesdx.service.InterviewFinishedException;
import com.salesdx.service.InterviewState;
import com.salesdx.store.Interview;
import com.salesdx.web.AnswerEdit;
import com.salesdx.web.ProgressJson;
import com.salesdx.web.QuestionInPath;
import com.salesdx.web.FormValues;
import com.salesdx.web.accounts.Dates;
import com.salesdx.web.report.ResultView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A respondent's interview, on the existing interview screen, reached two ways: by the consultant
 * through the engagement (signed in, owner or shared), or by the respondent through their private link
 * without an account. Either way answers are saved one at a time, as for any interview.
 */
final class RespondentInterviews {
    private final EngagementService service;
    private final Engagements engagements;

    RespondentInterviews(EngagementService service, Engagements engagements) {
        this.service = service;
        this.engagements = engagements;
    }

    void register(RoutesConfig app) {
        String path = "/engagements/{id}/respondents/{respondent}/interview";
        Routes.get(app, path, ctx -> show(ctx, consultants(ctx)), Role.CONSULTANT);
        app.post(path, ctx -> unlessFinished(consultants(ctx), screen -> saveForm(ctx, screen)), Role.CONSULTANT);
        String consultantsAnswer = "/api/engagements/{id}/respondents/{respondent}/answers/{question}";
        app.put(consultantsAnswer, ctx -> unlessFinished(consultants(ctx), screen -> saveAnswer(ctx, screen)), Role.CONSULTANT);
        app.delete(consultantsAnswer, ctx -> unlessFinished(consultants(ctx), screen -> clearAnswer(ctx, screen)), Role.CONSULTANT);
        Routes.get(app, "/r/{token}", ctx -> show(ctx, respondents(ctx)), Role.ANYONE);
        app.post("/r/{token}", ctx -> unlessFinished(respondents(ctx), screen -> saveForm(ctx, screen)), Role.ANYONE);
        app.put("/api/r/{token}/answers/{question}", ctx -> unlessFinished(respondents(ctx), screen -> saveAnswer(ctx, screen)),
                Role.ANYONE);
        app.delete("/api/r/{token}/answers/{question}", ctx -> unlessFinished(respondents(ctx), screen -> clearAnswer(ctx, screen)),
                Role.ANYONE);
    }

    /**
     * Where one respondent's screen lives and saves, and what it says around the questions. Neither screen asks the
     * context questions the engagement already states; a respondent alone (private link) also sees neither the
     * interviewer's help nor provisional findings, which would lead their answers.
     */
    private record Screen(StoredEngagement engagement, StoredRespondent respondent, String page, String api, String backLink,
            String backText, String notice, String finishAction, String reopenAction, String finishedText,
            boolean respondentAlone) {

        InterviewState asked(InterviewState state) {
            return RespondentQuestions.without(state, engagement.context().keySet());
        }
    }

    private Screen consultants(Context ctx) {
        StoredEngagement engagement = engagements.owned(ctx);
        StoredRespondent respondent = engagements.respondent(ctx, engagement);
        String respondentPath = "/engagements/" + engagement.id() + "/respondents/" + respondent.id();
        String page = respondentPath + "/interview";
        return new Screen(engagement, respondent, page, "/api/engagements/" + engagement.id() + "/respondents/" + respondent.id(),
                "/engagements/" + engagement.id(), "Back to the engagement",
                "Interviewing " + respondent.describe(service.roleLabel(respondent.role())) + " for " + engagement.client()
                        + ", " + engagement.roundLabel().toLowerCase() + ".", respondentPath + "/finish", respondentPath + "/reopen",
                "This interview is finished, so its answers are read-only. Reopen it to change them; the engagement report "
                        + "uses the answers as they stand either way.", false);
    }

    private Screen respondents(Context ctx) {
        // A private link is one person's: never cached, never indexed, never sent on as a referrer.
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        ctx.header("Referrer-Policy", "no-referrer");
        StoredRespondent respondent = engagements.byLink(ctx);
        StoredEngagement engagement = service.find(respondent.engagementId()).orElseThrow(() -> HttpError.notFound("link"));
        String token = ctx.pathParam("token");
        return new Screen(engagement, respondent, "/r/" + token, "/api/r/" + token, null, null,
                "Thank you for taking part in " + engagement.client() + "'s sales system review. Your answers are saved as "
                        + "you give them; you can close this page and come back to it with the same link.", "/r/" + token + "/finish", null,
                "You have finished this interview: thank you. Your answers are with the consultant and can no longer be "
                        + "changed here; if something needs correcting, ask the consultant to reopen it.", true);
    }

    /**
     * A save to a finished interview gets the same 409 as for any finished interview (InterviewService refuses it), said
     * in this screen's words: the public reopen route it would name is closed to respondent interviews.
     */
    private void unlessFinished(Screen screen, SaveOn save) throws Exception {
        try {
            save.handle(screen);
        } catch (InterviewFinishedException e) {
            throw new HttpError(409, null, screen.reopenAction() == null
                    ? "this interview is finished, so its answers can no longer change; ask the consultant to reopen it"
                    : "this interview is finished, so its answers can no longer change; reopen it first (the Reopen button on "
                            + "the interview or engagement page, or POST /api" + screen.reopenAction() + " with the API)");
        }
    }

    @FunctionalInterface
    private interface SaveOn {
        void handle(Screen screen) throws Exception;
    }

    private void show(Context ctx, Screen screen) {
        Interview interview = service.interview(screen.respondent());
        InterviewState state = screen.asked(service.diagnostics().respondentState(screen.engagement(), interview));
        Map<String, Object> model = new LinkedHashMap<>(ResultView.of(state.provisional(), service.knowledge()));
        model.put("title", "Interview");
        model.put("private", true);
        model.put("state", state);
        model.put("interview", interview);
        model.put("startedAt", Dates.readable(interview.createdAt()));
        model.put("respondentAlone", screen.respondentAlone());
        model.put("questionnaire", state.questionnaire());
        model.put("answers", FormValues.answerStrings(state.answers()));
        model.put("diagnosis", state.provisional());
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("finished", service.progress().isFinished(interview));
        model.put("finishAction", screen.finishAction());
        model.put("reopenAction", screen.reopenAction());
        model.put("finishedText", screen.finishedText());
        model.put("scaleValues", List.of("1", "2", "3", "4", "5"));
        model.put("engagementMode", true);
        model.put("formAction", screen.page());
        model.put("resumeLink", screen.page());
        model.put("apiBase", screen.api());
        model.put("backLink", screen.backLink());
        model.put("backText", screen.backText());
        model.put("engagementNotice", screen.notice());
        ctx.render("templates/interview.peb", model);
    }

    /** Without JavaScript the whole form posts here; with it, each answer is saved as it is given. */
    private void saveForm(Context ctx, Screen screen) {
        Interview interview = service.interview(screen.respondent());
        Map<String, List<String>> form = Forms.read(ctx);
        Questionnaire questionnaire = service.knowledge().questionnaire(interview.questionnaire()).orElseThrow();
        for (QuestionDef question : questionnaire.orderedQuestions()) {
            String value = Forms.first(form, "a." + question.id());
            String note = Forms.first(form, "n." + question.id());
            boolean dontKnow = Forms.first(form, "dk." + question.id()) != null;
            if (value == null && note == null && !dontKnow) {
                continue;
            }
            Object typed = dontKnow || value == null || value.isBlank() ? null : FormValues.typed(question, value);
            service.interviews().answer(interview, question.id(), typed, dontKnow, note);
        }
        ctx.redirect(screen.page() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private void saveAnswer(Context ctx, Screen screen) {
        Interview interview = service.interview(screen.respondent());
        StoredSize.check(ctx); // an oversized body is refused as such (413), whichever question it is sent to
        String question = askedQuestion(ctx, screen, interview);
        AnswerEdit.of(ctx, question).applyTo(service.interviews(), interview, question);
        progress(ctx, screen, interview);
    }

    /** The same as for any interview (DELETE /api/interviews/{id}/answers/{question}): the question is skipped again. */
    private void clearAnswer(Context ctx, Screen screen) {
        Interview interview = service.interview(screen.respondent());
        AnswerEdit.clear(service.interviews(), interview, askedQuestion(ctx, screen, interview));
        progress(ctx, screen, interview);
    }

    /** The question the address names: 404 when the questionnaire has none such, 409 when the engagement states it. */
    private String askedQuestion(Context ctx, Screen screen, Interview interview) {
        Questionnaire questionnaire = service.knowledge().questionnaire(interview.questionnaire()).orElseThrow();
        String question = QuestionInPath.of(questionnaire, ctx.pathParam("question")).id();
        if (screen.engagement().context().containsKey(question)) {
            throw new HttpError(409, AnswerEdit.answerField(question), "the engagement states " + question
                    + " for everyone, so no respondent answers it; change it on the engagement (Edit client, sector and context)");
        }
        return question;
    }

    private void progress(Context ctx, Screen screen, Interview interview) {
        Map<String, Object> progress = new LinkedHashMap<>(ProgressJson.of(screen.asked(service.diagnostics().respondentState(screen.engagement(), interview))));
        if (screen.respondentAlone()) {
            progress.remove("provisional"); // what the screen does not show is not sent either
        }
        ctx.json(progress);
    }
}
