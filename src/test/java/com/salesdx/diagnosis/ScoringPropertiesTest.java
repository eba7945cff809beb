package com.salesdx.diagnosis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.answers.AnswerSet;
import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.QuestionType;
import com.salesdx.rules.RuleBase;
import com.salesdx.support.ProjectFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of the scoring model over generated answer sets (seeded, so a failure repeats):
 * bounded moves per answer, monotone foundations, spread scores, evidence behind every finding.
 */
class ScoringPropertiesTest {
    private static final int SETS = 250;
    /** With three answers at least, one answer of the heaviest weight moves the mean by at most 2/(3+2+2). */
    private static final int MAX_MOVE = 40;

    private final RuleBase ruleBase = ProjectFiles.shippedRuleBase();
    private final List<QuestionDef> questions = ruleBase.knowledge().questionnaire("consultant").orElseThrow().orderedQuestions();

    @Test
    void changingOneAnswerMovesAScoredPillarByABoundedAmount() {
        Random random = new Random(11);
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < SETS; i++) {
            Map<String, GivenAnswer> answers = generate(random);
            QuestionDef changed = scoredPillarQuestion(random);
            Map<String, GivenAnswer> other = new LinkedHashMap<>(answers);
            other.put(changed.id(), new GivenAnswer(changed.id(), value(changed, random), false, null));
            Map<String, Integer> before = scores(answers);
            Map<String, Integer> after = scores(other);
            Integer a = before.get(changed.pillar());
            Integer b = after.get(changed.pillar());
            if (a != null && b != null && Math.abs(a - b) > MAX_MOVE) {
                violations.add(changed.id() + ": " + a + " -> " + b);
            }
        }
        assertTrue(violations.isEmpty(), "one answer moved its pillar more than " + MAX_MOVE + " points: " + violations);
    }

    @Test
    void addingAHealthyYesToAFoundationQuestionNeverLowersAnyScore() {
        Random random = new Random(23);
        List<QuestionDef> foundations = questions.stream().filter(q -> q.scored() && q.type() == QuestionType.YES_NO
                && q.healthyIsYesOrHigh() && q.level() == QuestionDef.FOUNDATION).toList();
        List<String> violations = new ArrayList<>();
        assertTrue(foundations.size() >= 5, "foundation questions: " + foundations);
        for (int i = 0; i < SETS; i++) {
            Map<String, GivenAnswer> answers = generate(random);
            QuestionDef foundation = foundations.get(random.nextInt(foundations.size()));
            answers.remove(foundation.id());
            Map<String, Integer> before = scores(answers);
            answers.put(foundation.id(), new GivenAnswer(foundation.id(), true, false, null));
            Map<String, Integer> after = scores(answers);
            before.forEach((pillar, score) -> {
                Integer now = after.get(pillar);
                if (score != null && now != null && now < score) {
                    violations.add(foundation.id() + " yes lowered " + pillar + " " + score + " -> " + now);
                }
            });
        }
        assertTrue(violations.isEmpty(), String.join("; ", violations));
    }

    @Test
    void scoresSpreadAcrossTheRangeInsteadOfSittingAtZeroOrHundred() {
        Random random = new Random(5);
        Set<Integer> distinct = new HashSet<>();
        int extremes = 0;
        int scored = 0;
        for (int i = 0; i < SETS; i++) {
            for (Integer score : scores(generate(random)).values()) {
                if (score != null) {
                    scored++;
                    distinct.add(score);
                    extremes += score == 0 || score == 100 ? 1 : 0;
                }
            }
        }
        assertTrue(distinct.size() >= 30, "distinct scores: " + distinct);
        assertTrue(extremes * 20 < scored, extremes + " of " + scored + " scores are 0 or 100");
    }

    @Test
    void everyFindingRestsOnAGivenAnswerOrSaysWhatIsNotKnown() {
        Random random = new Random(7);
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < SETS; i++) {
            Map<String, GivenAnswer> answers = generate(random);
            for (FindingResult finding : diagnose(answers).findings()) {
                boolean rests = finding.evidence().stream().anyMatch(e -> answers.containsKey(e.question()));
                if (!rests && !finding.visibility()) {
                    violations.add(finding.id());
                }
            }
        }
        assertTrue(violations.isEmpty(), "findings with no answer behind them: " + new HashSet<>(violations));
    }

    private Map<String, Integer> scores(Map<String, GivenAnswer> answers) {
        Map<String, Integer> scores = new HashMap<>();
        for (PillarResult p : diagnose(answers).pillars()) {
            scores.put(p.id(), p.score());
        }
        return scores;
    }

    private Diagnosis diagnose(Map<String, GivenAnswer> answers) {
        return Diagnoser.diagnose(ruleBase, new AnswerSet("consultant", answers, Map.of()));
    }

    /** A random interview: a random share of questions answered, a few "don't know". */
    private Map<String, GivenAnswer> generate(Random random) {
        double share = 0.2 + 0.8 * random.nextDouble();
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        for (QuestionDef q : questions) {
            if (random.nextDouble() < share) {
                answers.put(q.id(), random.nextDouble() < 0.05 ? GivenAnswer.dontKnow(q.id(), null)
                        : new GivenAnswer(q.id(), value(q, random), false, null));
            }
        }
        return answers;
    }

    private QuestionDef scoredPillarQuestion(Random random) {
        List<QuestionDef> scored = questions.stream().filter(QuestionDef::scored).toList();
        return scored.get(random.nextInt(scored.size()));
    }

    private static Object value(QuestionDef q, Random random) {
        return switch (q.type()) {
            case YES_NO -> random.nextBoolean();
            case SCALE -> 1 + random.nextInt(5);
            case NUMBER -> (double) Math.round(q.min() + random.nextDouble() * Math.min(q.max() - q.min(), 100));
            case CHOICE -> q.options().get(random.nextInt(q.options().size())).value();
        };
    }
}
