package com.salesdx.service;

import com.salesdx.answers.AnswerForm;
import com.salesdx.answers.AnswerReader;
import com.salesdx.answers.AnswerSet;
import com.salesdx.diagnosis.Diagnoser;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.report.JsonReport;
import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseHolder;
import com.salesdx.store.DiagnosisStore;
import com.salesdx.store.StoredDiagnoses;
import com.salesdx.store.StoredDiagnosis;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlDocument;
import java.util.Map;
import java.util.Optional;

/**
 * Diagnoses answer sets with the rule base in force and stores them with the answers and the
 * rules version that produced them. Knows nothing of HTTP.
 */
public final class DiagnosisService {
    private final RuleBaseHolder rules;
    private final DiagnosisStore store;

    public DiagnosisService(RuleBaseHolder rules, DiagnosisStore store) {
        this.rules = rules;
        this.store = store;
    }

    public record Stored(StoredDiagnosis row, Diagnosis diagnosis) {
    }

    /** Validates an answer set in answer-file form; throws InvalidInputException naming each bad field. */
    public AnswerSet validate(RuleBase ruleBase, Map<String, Object> form) {
        Problems problems = new Problems();
        YamlDocument request = new YamlDocument("request", form, Map.of(), Map.of());
        Optional<AnswerSet> answers = new AnswerReader(ruleBase.knowledge()).read(request, "", form, problems);
        problems.throwIfAny("invalid answers");
        return answers.orElseThrow();
    }

    /** A diagnosis that is not stored: what the interview screen shows as provisional findings. */
    public Diagnosis preview(Map<String, Object> form) {
        RuleBase ruleBase = rules.current();
        return Diagnoser.diagnose(ruleBase, validate(ruleBase, form));
    }

    public Diagnosis diagnose(AnswerSet answers) {
        return Diagnoser.diagnose(rules.current(), answers);
    }

    /** Diagnoses and stores; returns only once the diagnosis is committed. */
    public Stored diagnoseAndStore(Map<String, Object> form, String interviewId) {
        RuleBase ruleBase = rules.current();
        return store(ruleBase, validate(ruleBase, form), interviewId);
    }

    public Stored store(RuleBase ruleBase, AnswerSet answers, String interviewId) {
        Diagnosis diagnosis = Diagnoser.diagnose(ruleBase, answers);
        StoredDiagnosis row = store.save(answers.questionnaire(), JsonReport.compact(AnswerForm.of(answers)),
                JsonReport.compactUtf8(diagnosis), diagnosis.version(), interviewId);
        return new Stored(row, diagnosis);
    }

    public Optional<Stored> find(String id) {
        return store.find(id).map(row -> new Stored(row, JsonReport.read(row.resultUtf8(), Diagnosis.class)));
    }

    /** The stored diagnoses, for impact and rule counts to go through a slice at a time. */
    public StoredDiagnoses stored() {
        return store;
    }

    /** The rule base in force; waits for the first one while it is being built (see {@link RuleBaseHolder#current()}). */
    public RuleBase ruleBase() {
        return rules.current();
    }

    /** Questionnaires, pillars and interventions: available at once, before the rules are compiled. */
    public Knowledge knowledge() {
        return rules.knowledge();
    }
}
