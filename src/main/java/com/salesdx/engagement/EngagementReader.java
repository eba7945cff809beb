package com.salesdx.engagement;

import com.salesdx.answers.AnswerReader;
import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.AnswerValues;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.knowledge.Combination;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import com.salesdx.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an engagement file: client, sector, round, the context stated once, the respondents (role
 * and answer file, relative to the engagement file) and the interventions chosen. Every problem is
 * collected with file:line, in the engagement file or in the answer file it names.
 */
public final class EngagementReader {
    /** An engagement file names its respondents; a few KB. Larger is a mistake, refused before parsing. */
    static final long MAX_FILE_BYTES = AnswerReader.MAX_FILE_BYTES;
    /** More respondents than a consultant could interview in a round is a mistake, not an engagement. */
    static final int MAX_RESPONDENTS = 200;
    private static final Set<String> KEYS = Set.of("client", "sector", "round", "rules_version", "context", "respondents",
            "chosen_interventions");
    private static final Set<String> RESPONDENT_KEYS = Set.of("name", "role", "answers");

    private final Knowledge knowledge;
    private final Combination combination;

    public EngagementReader(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.combination = knowledge.combination().orElse(null);
    }

    public Optional<Engagement> read(Path file, Problems problems) {
        int before = problems.size();
        if (combination == null) {
            problems.add(Problem.inFile("knowledge-base/combination.yaml", "is missing: an engagement needs it to know how "
                    + "several respondents' answers combine"));
            return Optional.empty();
        }
        if (!small(file, problems)) {
            return Optional.empty();
        }
        Optional<YamlDocument> parsed = YamlReader.parse(file, file.toString(), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument doc = parsed.get();
        if (!(doc.root() instanceof Map<?, ?> map)) {
            problems.add(doc.problem("", "expected a map with client, sector, context and respondents"));
            return Optional.empty();
        }
        map.keySet().stream().filter(k -> !KEYS.contains(String.valueOf(k))).forEach(k -> problems.add(doc.keyProblem("/" + k,
                "unknown key \"" + k + "\"; expected one of " + String.join(", ", new java.util.TreeSet<>(KEYS)))));
        String client = text(doc, map, "client", true, problems);
        String sector = text(doc, map, "sector", true, problems);
        String round = text(doc, map, "round", false, problems);
        String rulesVersion = text(doc, map, "rules_version", false, problems);
        Map<String, GivenAnswer> context = context(doc, map.get("context"), problems);
        List<Respondent> respondents = respondents(doc, file, map.get("respondents"), problems);
        List<String> chosen = chosen(doc, map.get("chosen_interventions"), problems);
        if (problems.size() == before && Respondents.commonQuestionnaire(knowledge, respondents).isEmpty()) {
            problems.add(doc.problem("/respondents", "the respondents answered questionnaires that cannot be combined ("
                    + String.join(", ", respondents.stream().map(r -> r.answers().questionnaire()).distinct().toList())
                    + "); use one questionnaire, or the executive one beside the one it feeds"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Engagement(client, sector, round, context, respondents, chosen, rulesVersion));
    }

    private static boolean small(Path file, Problems problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(Problem.inFile(file.toString(), "the file is over 1 MB; an engagement file names its "
                        + "respondents' answer files and is a few KB"));
                return false;
            }
            return true;
        } catch (IOException e) {
            problems.add(Problem.inFile(file.toString(), "cannot read " + file.toAbsolutePath() + " ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")"));
            return false;
        }
    }

    private static String text(YamlDocument doc, Map<?, ?> map, String key, boolean required, Problems problems) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problems.add(doc.problem("/" + key, "is required"));
            }
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number) || String.valueOf(value).isBlank()) {
            problems.add(doc.problem("/" + key, "expected text"));
            return null;
        }
        String text = String.valueOf(value).strip();
        if (text.length() > 200) {
            problems.add(doc.problem("/" + key, "is limited to 200 characters"));
        }
        return text;
    }

    private Map<String, GivenAnswer> context(YamlDocument doc, Object raw, Problems problems) {
        Map<String, GivenAnswer> context = new LinkedHashMap<>();
        if (raw == null) {
            return context;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(doc.problem("/context", "expected a map of context question id to answer"));
            return context;
        }
        map.forEach((key, value) -> {
            String id = String.valueOf(key);
            String at = "/context/" + id;
            Optional<QuestionDef> question = knowledge.question(id).filter(Respondents::isContext);
            if (question.isEmpty()) {
                problems.add(doc.keyProblem(at, "\"" + id + "\" is not a context question; the context holds context.* "
                        + "questions only (a respondent's other answers go in their answer file)"));
                return;
            }
            if (value == null) {
                return;
            }
            AnswerValues.Parsed parsed = AnswerValues.parse(question.get(), value);
            if (parsed.error() != null) {
                problems.add(doc.problem(at, parsed.error()));
            } else {
                context.put(id, new GivenAnswer(id, parsed.value(), parsed.dontKnow(), null));
            }
        });
        return context;
    }

    private List<Respondent> respondents(YamlDocument doc, Path file, Object raw, Problems problems) {
        List<Respondent> respondents = new ArrayList<>();
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            problems.add(doc.problem("/respondents", "needs a list of respondents, each with a role and an answer file"));
            return respondents;
        }
        if (list.size() > MAX_RESPONDENTS) {
            problems.add(doc.problem("/respondents", "lists " + list.size() + " respondents; at most " + MAX_RESPONDENTS));
            return respondents;
        }
        for (int i = 0; i < list.size(); i++) {
            respondent(doc, file, "/respondents/" + i, list.get(i), problems).ifPresent(respondents::add);
        }
        return respondents;
    }

    private Optional<Respondent> respondent(YamlDocument doc, Path file, String at, Object raw, Problems problems) {
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(doc.problem(at, "expected a map with role and answers (and optionally name)"));
            return Optional.empty();
        }
        map.keySet().stream().filter(k -> !RESPONDENT_KEYS.contains(String.valueOf(k))).forEach(k -> problems.add(
                doc.keyProblem(at + "/" + k, "unknown key \"" + k + "\"; expected name, role, answers")));
        Object role = map.get("role");
        List<String> roles = combination.roles().stream().map(Combination.RoleDef::id).toList();
        boolean roleOk = role instanceof String r && roles.contains(r);
        if (!roleOk) {
            problems.add(doc.problem(at + "/role", (role == null ? "is required" : "unknown role \"" + role + "\"")
                    + "; expected one of " + String.join(", ", roles)));
        }
        Object name = map.get("name");
        if (name != null && !(name instanceof String)) {
            problems.add(doc.problem(at + "/name", "expected text"));
        }
        Object answers = map.get("answers");
        if (!(answers instanceof String path) || path.isBlank()) {
            problems.add(doc.problem(at + "/answers", "needs the path of the respondent's answer file, relative to this file"));
            return Optional.empty();
        }
        Path answerFile = file.toAbsolutePath().getParent().resolve(path).normalize();
        Problems inAnswers = new Problems();
        Optional<AnswerSet> set = new AnswerReader(knowledge).read(answerFile, inAnswers);
        if (set.isEmpty()) {
            // Say where the engagement names the file, then where in the answer file each problem is.
            problems.add(doc.problem(at + "/answers", "the answer file " + path + " is invalid (" + inAnswers.size()
                    + " problem(s) listed with it)"));
            problems.addAll(inAnswers.list());
            return Optional.empty();
        }
        return roleOk && name instanceof String || roleOk && name == null
                ? Optional.of(new Respondent(name == null ? null : ((String) name).strip(), (String) role, set.get()))
                : Optional.empty();
    }

    private List<String> chosen(YamlDocument doc, Object raw, Problems problems) {
        List<String> chosen = new ArrayList<>();
        if (raw == null) {
            return chosen;
        }
        if (!(raw instanceof List<?> list)) {
            problems.add(doc.problem("/chosen_interventions", "expected a list of intervention ids"));
            return chosen;
        }
        for (int i = 0; i < list.size(); i++) {
            String id = String.valueOf(list.get(i));
            if (knowledge.intervention(id).isEmpty()) {
                problems.add(doc.problem("/chosen_interventions/" + i, "unknown intervention \"" + id
                        + "\"; it must be an id from knowledge-base/interventions.yaml"));
            } else {
                chosen.add(id);
            }
        }
        return chosen;
    }
}
