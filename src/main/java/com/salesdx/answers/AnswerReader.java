package com.salesdx.answers;

import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import com.salesdx.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an answer file (YAML or JSON) and validates every answer against its questionnaire.
 * Each problem names the question and where it stands in the file.
 */
public final class AnswerReader {
    static final int MAX_NOTE = 5_000;
    /**
     * An answer file is a few KB (every consultant question answered with a long note stays under 500 KB);
     * larger is a mistake or an attack, refused from its size alone, before any parsing.
     */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** Past this many, more problems tell the user nothing new and only cost time. */
    static final int MAX_PROBLEMS = 50;
    private static final Set<String> KEYS = Set.of("questionnaire", "respondent", "answers", "notes");

    private final Knowledge knowledge;

    public AnswerReader(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Optional<AnswerSet> read(Path file, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Problem.inFile(file.toString(), String.format(Locale.ROOT, "the file is %.1f MB; an answer "
                        + "file may be at most 1 MB (a full interview with notes is a few KB)", size / 1024.0 / 1024.0)));
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(file.toString(), "cannot read " + file.toAbsolutePath() + " ("
                    + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()) + ")"));
            return Optional.empty();
        }
        return YamlReader.parse(file, file.toString(), problems).flatMap(doc -> read(doc, "", doc.root(), problems));
    }

    public Optional<AnswerSet> read(String name, String text, Problems problems) {
        return YamlReader.parse(name, text, problems).flatMap(doc -> read(doc, "", doc.root(), problems));
    }

    /** Reads the answer set found at {@code pointer} in a document (a whole file or a scenario's part). */
    public Optional<AnswerSet> read(YamlDocument doc, String pointer, Object node, Problems problems) {
        int before = problems.size();
        if (!(node instanceof Map<?, ?> map)) {
            problems.add(doc.problem(pointer, "expected a map with questionnaire and answers"));
            return Optional.empty();
        }
        map.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k -> problems.add(
                doc.keyProblem(pointer + "/" + k, "unknown key \"" + k + "\"; expected questionnaire, respondent, answers, notes")));
        Object id = map.get("questionnaire");
        Optional<Questionnaire> questionnaire = id instanceof String s ? knowledge.questionnaire(s) : Optional.empty();
        if (questionnaire.isEmpty()) {
            String known = String.join(", ", knowledge.questionnaires().keySet());
            problems.add(doc.problem(pointer + "/questionnaire", id == null ? "is required; expected one of " + known
                    : id instanceof String ? "unknown questionnaire \"" + id + "\"; expected one of " + known
                    : "must be a string naming one of " + known + ", not " + AnswerValues.shown(id)));
        }
        Object raw = map.get("answers");
        if (raw != null && !(raw instanceof Map)) {
            problems.add(doc.problem(pointer + "/answers", "expected a map of question id to answer, not " + AnswerValues.shown(raw)));
        }
        if (questionnaire.isEmpty()) {
            return Optional.empty(); // answers cannot be checked against no questionnaire
        }
        Map<String, String> notes = notes(doc, pointer + "/notes", map.get("notes"), questionnaire.get(), problems);
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        if (raw instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) raw).entrySet()) {
                if (problems.size() - before >= MAX_PROBLEMS) {
                    problems.add(doc.problem(pointer + "/answers", "too many problems; the first " + MAX_PROBLEMS + " are listed"));
                    break;
                }
                String key = String.valueOf(entry.getKey());
                answer(doc, pointer + "/answers/" + key, key, entry.getValue(), questionnaire.get(), notes, problems)
                        .ifPresent(a -> answers.put(a.question(), a));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new AnswerSet(questionnaire.get().id(), ordered(answers, questionnaire.get()), notes));
    }

    private Optional<GivenAnswer> answer(YamlDocument doc, String at, String questionId, Object value,
            Questionnaire questionnaire, Map<String, String> notes, Problems problems) {
        Optional<QuestionDef> question = questionnaire.question(questionId);
        if (question.isEmpty()) {
            problems.add(doc.keyProblem(at, "unknown question \"" + questionId + "\" in questionnaire " + questionnaire.id()
                    + Suggestions.closest(questionId, questionnaire.questions().keySet()).map(s -> "; did you mean " + s + "?").orElse("")));
            return Optional.empty();
        }
        if (value == null) {
            return Optional.empty(); // an empty value means "not answered"
        }
        AnswerValues.Parsed parsed = AnswerValues.parse(question.get(), value);
        if (parsed.error() != null) {
            problems.add(doc.problem(at, parsed.error())); // named answers.<question>, as an unknown question is
            return Optional.empty();
        }
        return Optional.of(new GivenAnswer(questionId, parsed.value(), parsed.dontKnow(), notes.get(questionId)));
    }

    private Map<String, String> notes(YamlDocument doc, String at, Object raw, Questionnaire questionnaire, Problems problems) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (raw == null) {
            return notes;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(doc.problem(at, "expected a map of question id to note text"));
            return notes;
        }
        int cap = problems.size() + MAX_PROBLEMS;
        map.forEach((key, value) -> {
            if (problems.size() >= cap) {
                return;
            }
            String id = String.valueOf(key);
            if (questionnaire.question(id).isEmpty()) {
                problems.add(doc.problem(at + "/" + id, "note on unknown question \"" + id + "\""));
            } else if (!(value instanceof String text)) {
                problems.add(doc.problem(at + "/" + id, "a note must be text"));
            } else if (text.length() > MAX_NOTE) {
                problems.add(doc.problem(at + "/" + id, "a note is limited to " + MAX_NOTE + " characters"));
            } else if (!text.isBlank()) {
                notes.put(id, text.strip());
            }
        });
        return notes;
    }

    private static Map<String, GivenAnswer> ordered(Map<String, GivenAnswer> answers, Questionnaire questionnaire) {
        Map<String, GivenAnswer> ordered = new LinkedHashMap<>();
        for (QuestionDef q : questionnaire.orderedQuestions()) {
            if (answers.containsKey(q.id())) {
                ordered.put(q.id(), answers.get(q.id()));
            }
        }
        return ordered;
    }
}
