package com.salesdx.knowledge;

import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import com.salesdx.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads knowledge-base/: pillars.yaml, scoring.yaml, interventions.yaml, questionnaires/*.yaml.
 * Every problem in every file is collected; the result is usable only when there are none.
 */
public final class KnowledgeLoader {
    private final Path root;
    private final Problems problems;

    private KnowledgeLoader(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    /** Loads and validates the folder, adding any problem found; empty when it is unusable. */
    public static Optional<Knowledge> load(Path root, Problems problems) {
        return new KnowledgeLoader(root, problems).load();
    }

    private Optional<Knowledge> load() {
        if (!Files.isDirectory(root)) {
            problems.add(Problem.inFile(root.toString(), "knowledge-base folder not found at " + root.toAbsolutePath()
                    + " (give another one with --kb DIR)"));
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, Pillar> pillars = pillars();
        Scoring scoring = read("scoring.yaml", Scoring.class).map(this::validScoring).orElse(null);
        Map<String, Intervention> interventions = interventions(pillars, scoring);
        Map<String, QuestionDef> questions = new LinkedHashMap<>();
        Map<String, Questionnaire> questionnaires = questionnaires(pillars, questions);
        new FeedChecks(problems, questions).check(questionnaires.values());
        new NotScoredWhenChecks(problems).check(questionnaires.values());
        inPlaceChecks(interventions, questions);
        sequenceChecks(interventions);
        Map<String, ThresholdDef> thresholds = thresholds();
        Combination combination = combination(pillars, questions);
        if (problems.size() > before || scoring == null) {
            return Optional.empty();
        }
        return Optional.of(new Knowledge(List.copyOf(pillars.values()), questionnaires, questions, interventions, scoring,
                thresholds, combination));
    }

    private Map<String, Pillar> pillars() {
        Map<String, Pillar> pillars = new LinkedHashMap<>();
        Optional<YamlDocument> doc = YamlReader.parse(root.resolve("pillars.yaml"), display("pillars.yaml"), problems);
        doc.flatMap(d -> YamlReader.bind(d, "", d.root(), PillarsFile.class, problems)).ifPresent(file -> {
            FieldChecks check = new FieldChecks(doc.get(), problems);
            if (!check.list(file.pillars(), "/pillars", 1)) {
                return;
            }
            Set<Integer> ranks = new HashSet<>();
            for (int i = 0; i < file.pillars().size(); i++) {
                Pillar pillar = file.pillars().get(i);
                String at = "/pillars/" + i;
                boolean ok = check.matches(pillar.id(), FieldChecks.KEBAB_ID, at + "/id", "lower-case letters, e.g. strategy");
                ok &= check.text(pillar.name(), at + "/name") & check.text(pillar.healthy(), at + "/healthy");
                if (pillar.upstreamRank() == null || !ranks.add(pillar.upstreamRank())) {
                    check.fail(at + "/upstream_rank", "needs a whole number not used by another pillar (1 = most upstream)");
                    ok = false;
                }
                if (ok && pillars.putIfAbsent(pillar.id(), pillar) != null) {
                    check.fail(at + "/id", "duplicate pillar id \"" + pillar.id() + "\"");
                }
            }
        });
        return pillars;
    }

    private Scoring validScoring(Scoring scoring) {
        String file = display("scoring.yaml");
        List<String> missing = new java.util.ArrayList<>();
        if (scoring.levels() == null || !scoring.levels().keySet().containsAll(List.of(1, 2, 3, 4))) {
            missing.add("levels (1 to 4, each with a name)");
        }
        var ps = scoring.pillarScore();
        if (ps == null || ps.levelWeights() == null || ps.priorAnswers() == null || ps.priorHealth() == null
                || ps.holdsAt() == null || ps.findingCaps() == null) {
            missing.add("pillar_score (level_weights, prior_answers, prior_health, holds_at, finding_caps)");
        }
        if (scoring.bands() == null || scoring.bands().isEmpty() || scoring.bands().stream().anyMatch(b -> b == null
                || b.name() == null || b.min() == null || (b.minAnswered() != null && b.minAnswered() < 1)
                || (b.maxAnswered() != null && b.maxAnswered() < 1))) {
            missing.add("bands (a list of {name, min}, each with min_answered and max_answered 1 or more if given)");
        }
        if (scoring.ceilingWhenLevelFails() == null) {
            missing.add("ceiling_when_level_fails");
        }
        if (scoring.assessment() == null || scoring.assessment().minAnswered() == null || scoring.assessment().minAnswered() < 1) {
            missing.add("assessment.min_answered (1 or more)");
        }
        if (scoring.confidence() == null || scoring.confidence().isEmpty()
                || scoring.confidence().stream().anyMatch(c -> c.name() == null || c.minAnswered() == null || c.minShare() == null)) {
            missing.add("confidence (a list of {name, min_answered, min_share})");
        }
        if (scoring.weakest() == null || scoring.weakest().minAssessed() == null || scoring.weakest().margin() == null) {
            missing.add("weakest (min_assessed, margin)");
        }
        if (scoring.severityWeights() == null || !scoring.severityWeights().keySet().containsAll(List.of("high", "medium", "low"))) {
            missing.add("severity_weights (high, medium, low)");
        }
        if (scoring.remedyPlaceWeights() == null || scoring.remedyPlaceWeights().isEmpty()
                || scoring.remedyPlaceWeights().stream().anyMatch(w -> w == null || w <= 0)) {
            missing.add("remedy_place_weights (a list of positive weights, first place first)");
        }
        if (scoring.levers() == null || scoring.levers().isEmpty() || scoring.levers().values().stream().anyMatch(l -> l.factor() == null)) {
            missing.add("levers (each with a factor)");
        }
        var start = scoring.startHere();
        if (start == null || start.count() == null || start.count() < 0 || Severity.parse(start.minSeverity()).isEmpty()) {
            missing.add("start_here (count, min_severity: high|medium|low)");
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.inFile(file, "needs " + String.join("; ", missing)));
            return null;
        }
        for (String band : scoring.ceilingWhenLevelFails().values()) {
            if (scoring.bands().stream().noneMatch(b -> b.name().equals(band))) {
                problems.add(Problem.inFile(file, "ceiling_when_level_fails names band \"" + band + "\", which is not in bands"));
                return null;
            }
        }
        return scoring;
    }

    /**
     * An intervention is "in place" only through yes/no questions whose healthy answer is yes, or a
     * choice question given one of its options (question=option).
     */
    private void inPlaceChecks(Map<String, Intervention> interventions, Map<String, QuestionDef> questions) {
        for (Intervention it : interventions.values()) {
            for (String entry : it.inPlaceWhenOrEmpty()) {
                InPlaceSign sign = InPlaceSign.parse(entry);
                String problem = inPlaceProblem(sign, questions.get(sign.question()));
                if (problem != null) {
                    problems.add(Problem.inFile(display("interventions.yaml"), "intervention \"" + it.id()
                            + "\": in_place_when names \"" + entry + "\", " + problem));
                }
            }
        }
    }

    private static String inPlaceProblem(InPlaceSign sign, QuestionDef q) {
        if (q == null) {
            return "which is not a question of any questionnaire";
        }
        if (!sign.isChoice()) {
            return q.type() == QuestionType.YES_NO && q.healthyIsYesOrHigh() ? null
                    : "which must be a yes/no question whose healthy answer is yes (or question=option for a choice question)";
        }
        if (q.type() != QuestionType.CHOICE) {
            return "but only a choice question takes =option; name a yes/no question alone";
        }
        return q.option(sign.option()).isPresent() ? null : "but \"" + sign.option() + "\" is not one of its options: "
                + String.join(", ", q.options().stream().map(Option::value).toList());
    }

    /** `after` names other interventions, never itself, and never loops back. */
    private void sequenceChecks(Map<String, Intervention> interventions) {
        for (Intervention it : interventions.values()) {
            for (String id : it.afterOrEmpty()) {
                if (!interventions.containsKey(id) || id.equals(it.id())) {
                    problems.add(Problem.inFile(display("interventions.yaml"), "intervention \"" + it.id()
                            + "\": after names \"" + id + "\", which must be another intervention's id"));
                } else if (comesAfter(interventions, id, it.id(), new java.util.HashSet<>())) {
                    problems.add(Problem.inFile(display("interventions.yaml"), "intervention \"" + it.id()
                            + "\": after names \"" + id + "\", which itself comes after \"" + it.id()
                            + "\"; two remedies cannot each wait for the other"));
                }
            }
        }
    }

    private static boolean comesAfter(Map<String, Intervention> interventions, String id, String target, java.util.Set<String> seen) {
        Intervention it = interventions.get(id);
        if (it == null || !seen.add(id)) {
            return false;
        }
        for (String before : it.afterOrEmpty()) {
            if (before.equals(target) || comesAfter(interventions, before, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** combination.yaml is optional: only engagements (several respondents) need it. */
    private Combination combination(Map<String, Pillar> pillars, Map<String, QuestionDef> questions) {
        Path path = root.resolve("combination.yaml");
        if (!Files.exists(path)) {
            return null;
        }
        Optional<YamlDocument> doc = YamlReader.parse(path, display("combination.yaml"), problems);
        return doc.flatMap(d -> YamlReader.bind(d, "", d.root(), Combination.class, problems))
                .filter(c -> new CombinationChecks(new FieldChecks(doc.get(), problems)).valid(c, pillars, questions))
                .orElse(null);
    }

    /** thresholds.yaml is optional: a rule base without numeric thresholds needs none. */
    private Map<String, ThresholdDef> thresholds() {
        Map<String, ThresholdDef> thresholds = new LinkedHashMap<>();
        Path path = root.resolve("thresholds.yaml");
        if (!Files.exists(path)) {
            return thresholds;
        }
        Optional<YamlDocument> doc = YamlReader.parse(path, display("thresholds.yaml"), problems);
        doc.flatMap(d -> YamlReader.bind(d, "", d.root(), ThresholdsFile.class, problems)).ifPresent(file -> {
            FieldChecks check = new FieldChecks(doc.get(), problems);
            if (file.thresholds() == null) {
                return; // every group still empty
            }
            for (int i = 0; i < file.thresholds().size(); i++) {
                ThresholdDef t = file.thresholds().get(i);
                String at = "/thresholds/" + i;
                boolean ok = check.matches(t.id(), FieldChecks.QUESTION_ID, at + "/id", "area.snake_case, e.g. leadership.coaching_floor_hours");
                ok &= check.text(t.unit(), at + "/unit") & check.text(t.source(), at + "/source");
                if (t.value() == null) {
                    check.fail(at + "/value", "is required: the figure rules compare answers with");
                    ok = false;
                }
                if (t.practitionerDefault() && (t.why() == null || t.why().isBlank())) {
                    check.fail(at + "/why", "a practitioner default needs `why`: the reasoning behind the figure");
                    ok = false;
                }
                if (ok && thresholds.putIfAbsent(t.id(), t) != null) {
                    check.fail(at + "/id", "duplicate threshold id \"" + t.id() + "\"");
                }
            }
        });
        return thresholds;
    }

    private Map<String, Intervention> interventions(Map<String, Pillar> pillars, Scoring scoring) {
        Map<String, Intervention> interventions = new LinkedHashMap<>();
        Optional<YamlDocument> doc = YamlReader.parse(root.resolve("interventions.yaml"), display("interventions.yaml"), problems);
        doc.flatMap(d -> YamlReader.bind(d, "", d.root(), InterventionsFile.class, problems)).ifPresent(file -> {
            FieldChecks check = new FieldChecks(doc.get(), problems);
            if (!check.list(file.interventions(), "/interventions", 1)) {
                return;
            }
            for (int i = 0; i < file.interventions().size(); i++) {
                Intervention it = file.interventions().get(i);
                String at = "/interventions/" + i;
                boolean ok = check.matches(it.id(), FieldChecks.KEBAB_ID, at + "/id", "kebab-case, e.g. icp-validation-sprint");
                ok &= check.text(it.title(), at + "/title") & check.text(it.why(), at + "/why")
                        & check.text(it.horizon(), at + "/horizon") & check.list(it.steps(), at + "/steps", 1)
                        & check.list(it.indicators(), at + "/indicators", 1);
                if (check.list(it.pillars(), at + "/pillars", 1)) {
                    for (int p = 0; p < it.pillars().size(); p++) {
                        if (!pillars.isEmpty() && !pillars.containsKey(it.pillars().get(p))) {
                            check.fail(at + "/pillars/" + p, "unknown pillar \"" + it.pillars().get(p) + "\"; expected one of "
                                    + String.join(", ", pillars.keySet()));
                            ok = false;
                        }
                    }
                } else {
                    ok = false;
                }
                if (it.lever() != null && scoring != null && !scoring.levers().containsKey(it.lever())) {
                    check.fail(at + "/lever", "unknown lever \"" + it.lever() + "\"; expected one of "
                            + String.join(", ", scoring.levers().keySet()));
                    ok = false;
                }
                if (ok && interventions.putIfAbsent(it.id(), it) != null) {
                    check.fail(at + "/id", "duplicate intervention id \"" + it.id() + "\"");
                }
            }
        });
        return interventions;
    }

    private Map<String, Questionnaire> questionnaires(Map<String, Pillar> pillars, Map<String, QuestionDef> questions) {
        Map<String, Questionnaire> result = new LinkedHashMap<>();
        Path folder = root.resolve("questionnaires");
        for (Path path : yamlFiles(folder)) {
            String id = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            String name = display("questionnaires/" + path.getFileName());
            Optional<YamlDocument> doc = YamlReader.parse(path, name, problems);
            doc.flatMap(d -> YamlReader.bind(d, "", d.root(), QuestionnaireFile.class, problems))
                    .map(file -> new QuestionnaireValidator(doc.get(), problems, pillars, questions).validate(file, id))
                    .ifPresent(q -> result.put(id, q));
        }
        if (result.isEmpty()) {
            problems.add(Problem.inFile(display("questionnaires"), "no questionnaire found in " + folder.toAbsolutePath()));
        }
        return result;
    }

    private List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.inFile(folder.toString(), "cannot list " + folder.toAbsolutePath() + ": " + e.getMessage()));
            return List.of();
        }
    }

    private <T> Optional<T> read(String file, Class<T> type) {
        return YamlReader.read(root.resolve(file), display(file), type, problems);
    }

    private String display(String file) {
        return root.resolve(file).normalize().toString();
    }
}
