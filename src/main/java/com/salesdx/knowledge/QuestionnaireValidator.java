package com.salesdx.knowledge;

import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates one questionnaire file and resolves its questions; cross-file checks come later. */
final class QuestionnaireValidator {
    private final FieldChecks check;
    private final Map<String, Pillar> pillars;
    private final Map<String, QuestionDef> allQuestions;

    QuestionnaireValidator(YamlDocument document, Problems problems, Map<String, Pillar> pillars,
            Map<String, QuestionDef> allQuestions) {
        this.check = new FieldChecks(document, problems);
        this.pillars = pillars;
        this.allQuestions = allQuestions;
    }

    Questionnaire validate(QuestionnaireFile file, String expectedId) {
        check.text(file.id(), "/id");
        if (file.id() != null && !file.id().equals(expectedId)) {
            check.fail("/id", "\"" + file.id() + "\" must match the file name \"" + expectedId + ".yaml\"");
        }
        check.text(file.title(), "/title");
        List<Questionnaire.SectionDef> sections = new ArrayList<>();
        if (check.list(file.sections(), "/sections", 1)) {
            Set<String> sectionIds = new HashSet<>();
            for (int s = 0; s < file.sections().size(); s++) {
                sections.add(section(file.sections().get(s), "/sections/" + s, expectedId, sectionIds));
            }
        }
        return Questionnaire.of(expectedId, file.title(), file.description(), sections);
    }

    private Questionnaire.SectionDef section(Section section, String at, String questionnaire, Set<String> ids) {
        if (check.text(section.id(), at + "/id") && !ids.add(section.id())) {
            check.fail(at + "/id", "duplicate section id \"" + section.id() + "\"");
        }
        check.text(section.title(), at + "/title");
        knownPillar(section.pillar(), at + "/pillar");
        List<QuestionDef> questions = new ArrayList<>();
        if (check.list(section.questions(), at + "/questions", 1)) {
            for (int q = 0; q < section.questions().size(); q++) {
                QuestionDef def = question(section.questions().get(q), at + "/questions/" + q, questionnaire, section);
                if (def != null) {
                    questions.add(def);
                }
            }
        }
        return new Questionnaire.SectionDef(section.id(), section.pillar(), section.title(), section.intro(), questions);
    }

    private QuestionDef question(Question q, String at, String questionnaire, Section section) {
        boolean ok = check.matches(q.id(), FieldChecks.QUESTION_ID, at + "/id", "section.snake_case, e.g. strategy.icp_written");
        if (ok && allQuestions.containsKey(q.id())) {
            QuestionDef first = allQuestions.get(q.id());
            check.fail(at + "/id", "duplicate question id \"" + q.id() + "\" (first in " + first.file() + ":" + first.line() + ")");
            ok = false;
        }
        ok &= check.text(q.text(), at + "/text");
        if (q.type() == null) {
            check.fail(at + "/type", "is required: one of yes_no, scale, number, choice");
            return null;
        }
        String pillar = q.pillar() != null ? q.pillar() : section.pillar();
        ok &= knownPillar(q.pillar(), at + "/pillar");
        ok &= help(q, at);
        ok &= new QuestionTypeChecks(check, q, at).valid();
        boolean scored = isScored(q, pillar);
        if (Boolean.TRUE.equals(q.scored()) && pillar == null) {
            check.fail(at + "/scored", "a question without a pillar cannot be scored");
        }
        if (q.level() != null && !scored) {
            check.fail(at + "/level", "only a scored pillar question has a maturity level; remove it or score the question");
            ok = false;
        } else if (q.level() != null && (q.level() < QuestionDef.FOUNDATION || q.level() > QuestionDef.TOP_LEVEL)) {
            check.fail(at + "/level", "must be 2 (designed), 3 (run with discipline) or 4 (steered and reviewed)");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        boolean healthyUp = q.type() == QuestionType.SCALE ? !"low".equals(q.healthy()) : !"no".equals(q.healthy());
        QuestionDef def = new QuestionDef(q.id(), questionnaire, section.id(), pillar, q.text(), q.type(), healthyUp,
                q.low(), q.high(), q.unit(), q.min() == null ? 0 : q.min(), q.max() == null ? 0 : q.max(), Boolean.TRUE.equals(q.integer()), q.score(),
                q.options() == null ? List.of() : List.copyOf(q.options()), scored,
                q.level() == null ? QuestionDef.DEFAULT_LEVEL : q.level(), q.help(),
                q.feeds() == null ? List.of() : List.copyOf(q.feeds()),
                q.notScoredWhen() == null ? Map.of() : Map.copyOf(q.notScoredWhen()), check.document().file(), check.line(at));
        allQuestions.put(def.id(), def);
        return def;
    }

    private static boolean isScored(Question q, String pillar) {
        if (pillar == null || Boolean.FALSE.equals(q.scored())) {
            return false;
        }
        return switch (q.type()) {
            case YES_NO, SCALE -> true;
            case NUMBER -> q.score() != null;
            case CHOICE -> q.options() != null && q.options().stream().anyMatch(o -> o.score() != null);
        };
    }

    private boolean help(Question q, String at) {
        if (q.help() == null) {
            check.fail(at + "/help", "is required: give the interviewer `strong` (what a strong answer sounds like) and `probe` (a follow-up)");
            return false;
        }
        return check.text(q.help().strong(), at + "/help/strong") & check.text(q.help().probe(), at + "/help/probe");
    }

    private boolean knownPillar(String pillar, String at) {
        // With pillars.yaml itself broken, every reference would fail too: report the cause once.
        if (pillar != null && !pillars.isEmpty() && !pillars.containsKey(pillar)) {
            check.fail(at, "unknown pillar \"" + pillar + "\"; expected one of " + String.join(", ", pillars.keySet()));
            return false;
        }
        return true;
    }
}
