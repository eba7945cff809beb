package com.salesdx.impact;

import com.salesdx.answers.AnswerReader;
import com.salesdx.answers.AnswerSet;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import java.util.Map;
import java.util.Optional;

/**
 * One thing impact diagnoses twice: a stored diagnosis (its answers as stored), or a scenario or
 * client case (its answers as each side's knowledge base reads them). The answers are checked
 * against each side's questionnaire, so a candidate that drops a question says so instead of
 * silently reading it as unanswered.
 */
public record Subject(Kind kind, String id, String label, String answersJson, AnswerSet live, AnswerSet candidate) {

    public enum Kind {
        STORED("stored diagnosis", "stored diagnoses"), SCENARIO("scenario", "scenarios"), CASE("client case", "client cases");

        final String noun;
        final String plural;

        Kind(String noun, String plural) {
            this.noun = noun;
            this.plural = plural;
        }

        public String noun() {
            return noun;
        }

        public String plural() {
            return plural;
        }
    }

    static Subject stored(String id, String label, String answersJson) {
        return new Subject(Kind.STORED, id, label, answersJson, null, null);
    }

    Subject withoutAnswers() {
        return new Subject(kind, id, label, null, live, candidate);
    }

    static Subject suite(Kind kind, String file, String name, AnswerSet live, AnswerSet candidate) {
        return new Subject(kind, file, name, null, live, candidate);
    }

    /** The answers as {@code side} reads them; empty when that side has no such scenario. */
    Optional<AnswerSet> answers(RuleBase side, boolean candidateSide, Map<String, Object> storedForm) {
        if (kind != Kind.STORED) {
            // A scenario new in the candidate is diagnosed with the live rules too: what the change does to it.
            return Optional.ofNullable(candidateSide || live == null ? candidate : live);
        }
        Problems problems = new Problems();
        YamlDocument document = new YamlDocument(kind.noun + " " + id, storedForm, Map.of(), Map.of());
        Optional<AnswerSet> answers = new AnswerReader(side.knowledge()).read(document, "", storedForm, problems);
        problems.throwIfAny("its answers no longer fit the " + (candidateSide ? "candidate" : "live") + " questionnaire");
        return answers;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> storedForm() {
        return answersJson == null ? Map.of() : JsonReport.read(answersJson, Map.class);
    }
}
