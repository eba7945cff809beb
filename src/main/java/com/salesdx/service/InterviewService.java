package com.salesdx.service;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.AnswerValues;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.interview.FinishedInterviews;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.store.Interview;
import com.salesdx.store.InterviewStore;
import com.salesdx.store.StoredAnswer;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs consultant interviews: one answer saved at a time, validated against its question,
 * resumable at any point, with provisional findings from the answers so far.
 */
public final class InterviewService {
    public static final String QUESTIONNAIRE = "consultant";
    static final int MAX_NOTE = 5_000;
    static final int MAX_LABEL = 200;

    private final InterviewStore store;
    private final DiagnosisService diagnoses;
    private final FinishedInterviews finished;

    public InterviewService(InterviewStore store, DiagnosisService diagnoses, FinishedInterviews finished) {
        this.store = store;
        this.diagnoses = diagnoses;
        this.finished = finished;
    }

    /**
     * Starts an interview; from a stored CEO diagnosis, its answers pre-fill the questions they feed.
     * Title (the engagement), client and respondent are optional one-line names for the report header.
     */
    public Interview start(String title, String client, String respondent, String fromDiagnosis) {
        TextInput.label("title", title, MAX_LABEL);
        TextInput.label("client", client, MAX_LABEL);
        TextInput.label("respondent", respondent, MAX_LABEL);
        List<StoredAnswer> prefill = new ArrayList<>();
        String source = null;
        if (fromDiagnosis != null && !fromDiagnosis.isBlank()) {
            DiagnosisService.Stored stored = diagnoses.find(fromDiagnosis)
                    .orElseThrow(() -> invalid("from", "no diagnosis " + fromDiagnosis + " to start from"));
            source = stored.row().id();
            prefill.addAll(prefillFrom(stored));
        }
        return store.create(QUESTIONNAIRE, blankToNull(title), blankToNull(client), blankToNull(respondent), source,
                prefill);
    }

    public Optional<Interview> find(String id) {
        return store.find(id);
    }

    public InterviewState state(Interview interview) {
        return state(interview, Map.of());
    }

    /**
     * The same, its provisional findings drawn with {@code stated} answers beside the interview's own: the
     * context an engagement states once for every respondent, which their interviews do not ask.
     */
    public InterviewState state(Interview interview, Map<String, GivenAnswer> stated) {
        RuleBase ruleBase = diagnoses.ruleBase();
        Questionnaire questionnaire = ruleBase.knowledge().questionnaire(interview.questionnaire()).orElseThrow();
        Map<String, StoredAnswer> answers = store.answers(interview.id());
        List<InterviewState.SectionProgress> progress = new ArrayList<>();
        for (Questionnaire.SectionDef section : questionnaire.sections()) {
            int answered = (int) section.questions().stream().map(q -> answers.get(q.id()))
                    .filter(a -> a != null && (a.value() != null || a.dontKnow())).count();
            progress.add(new InterviewState.SectionProgress(section.id(), section.title(), section.pillar(), answered,
                    section.questions().size()));
        }
        AnswerSet own = answerSet(questionnaire, answers);
        AnswerSet withContext = own;
        if (!stated.isEmpty()) {
            Map<String, GivenAnswer> merged = new LinkedHashMap<>(own.answers());
            stated.forEach((id, answer) -> {
                if (questionnaire.question(id).isPresent()) {
                    merged.put(id, answer);
                }
            });
            withContext = new AnswerSet(own.questionnaire(), merged, own.notes());
        }
        return new InterviewState(interview, questionnaire, answers, progress, diagnoses.diagnose(withContext),
                finishedWith(interview).orElse(null));
    }

    /**
     * Saves one answer. A value, or "don't know", and/or a note; neither value nor note clears it
     * (the question is skipped again).
     */
    public void answer(Interview interview, String questionId, Object value, boolean dontKnow, String note) {
        Questionnaire questionnaire = diagnoses.knowledge().questionnaire(interview.questionnaire()).orElseThrow();
        QuestionDef question = questionnaire.question(questionId)
                .orElseThrow(() -> invalid("question", "unknown question \"" + questionId + "\""));
        TextInput.note("note", note, MAX_NOTE);
        if (value instanceof String text) {
            TextInput.label("value", text, MAX_LABEL);
        }
        refuseIfFinished(interview, "its answers can no longer change");
        String cleanNote = blankToNull(note);
        Object typed = null;
        if (!dontKnow && value != null && !(value instanceof String s && s.isBlank())) {
            AnswerValues.Parsed parsed = AnswerValues.parse(question, value);
            if (parsed.error() != null) {
                throw invalid("value", "\"" + question.text() + "\" (" + questionId + "): " + parsed.error());
            }
            dontKnow = parsed.dontKnow();
            typed = parsed.value();
        }
        if (typed == null && !dontKnow && cleanNote == null) {
            store.clear(interview.id(), questionId);
        } else {
            store.save(interview.id(), new StoredAnswer(questionId, typed, dontKnow, cleanNote));
        }
    }

    /** Stores the diagnosis of the answers given, and makes the interview read-only until {@link #reopen}. */
    public DiagnosisService.Stored finish(Interview interview) {
        if (store.answers(interview.id()).values().stream().noneMatch(a -> a.value() != null || a.dontKnow())) {
            throw invalid("answers", "nothing is answered yet, so there is nothing to diagnose: answer at least one question "
                    + "before finishing");
        }
        if (finished != null && !finished.claim(interview.id())) {
            refuseIfFinished(interview, "finishing it again would store a second diagnosis");
        }
        try {
            RuleBase ruleBase = diagnoses.ruleBase();
            Questionnaire questionnaire = ruleBase.knowledge().questionnaire(interview.questionnaire()).orElseThrow();
            DiagnosisService.Stored stored = diagnoses.store(ruleBase, answerSet(questionnaire, store.answers(interview.id())),
                    interview.id());
            if (finished != null) {
                finished.finished(interview.id(), stored.row().id());
            }
            return stored;
        } catch (RuntimeException e) {
            if (finished != null) {
                finished.reopen(interview.id()); // nothing was stored: the interview stays open
            }
            throw e;
        }
    }

    /** Makes a finished interview editable again; its stored diagnosis stays. Reopening an open interview changes nothing. */
    public void reopen(Interview interview) {
        if (finished != null) {
            finished.reopen(interview.id());
        }
    }

    public Optional<String> finishedWith(Interview interview) {
        return finished == null ? Optional.empty() : finished.finishedWith(interview.id());
    }

    private void refuseIfFinished(Interview interview, String consequence) {
        Optional<String> diagnosis = finishedWith(interview);
        if (diagnosis.isPresent()) {
            throw new InterviewFinishedException("this interview is finished, so " + consequence
                    + "; reopen it first (the reopen button on the interview page, or POST /api/interviews/"
                    + interview.id() + "/reopen)", diagnosis.get());
        }
    }

    /** Saved answers as an answer set; an answer the current questionnaire no longer accepts is left out, not lost. */
    public static AnswerSet answerSet(Questionnaire questionnaire, Map<String, StoredAnswer> saved) {
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (QuestionDef question : questionnaire.orderedQuestions()) {
            StoredAnswer answer = saved.get(question.id());
            if (answer == null) {
                continue;
            }
            if (answer.note() != null) {
                notes.put(question.id(), answer.note());
            }
            if (answer.dontKnow()) {
                answers.put(question.id(), GivenAnswer.dontKnow(question.id(), answer.note()));
            } else if (answer.value() != null) {
                AnswerValues.Parsed parsed = AnswerValues.parse(question, answer.value());
                if (parsed.error() == null) {
                    answers.put(question.id(), new GivenAnswer(question.id(), parsed.value(), parsed.dontKnow(), answer.note()));
                }
            }
        }
        return new AnswerSet(questionnaire.id(), answers, notes);
    }

    @SuppressWarnings("unchecked")
    private List<StoredAnswer> prefillFrom(DiagnosisService.Stored stored) {
        List<StoredAnswer> prefill = new ArrayList<>();
        Map<String, Object> form = JsonReport.read(stored.row().answersJson(), Map.class);
        Map<String, Object> answers = (Map<String, Object>) form.getOrDefault("answers", Map.of());
        Questionnaire source = diagnoses.knowledge().questionnaire(stored.row().questionnaire()).orElse(null);
        if (source == null) {
            return prefill;
        }
        answers.forEach((questionId, value) -> source.question(questionId).ifPresent(question -> {
            AnswerValues.Parsed parsed = AnswerValues.parse(question, value);
            List<String> targets = question.feeds().isEmpty() ? List.of(question.id()) : question.feeds();
            for (String target : targets) {
                if (parsed.error() == null) {
                    prefill.add(new StoredAnswer(target, parsed.value(), parsed.dontKnow(), null));
                }
            }
        }));
        return prefill;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("invalid input", List.of(new Problem("request", 0, 0, field, message)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
