package com.salesdx.engagement;

import com.salesdx.answers.GivenAnswer;
import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.engagement.RoundComparison.AnswerMove;
import com.salesdx.engagement.RoundComparison.FindingChange;
import com.salesdx.engagement.RoundComparison.FollowUp;
import com.salesdx.engagement.RoundComparison.PillarChange;
import com.salesdx.knowledge.Intervention;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Compares two rounds of an engagement. An intervention is measured by the answers that made it
 * necessary (the evidence of the earlier findings that named it) and by the answers that say it is in
 * place (its in_place_when questions in interventions.yaml): what those answers did between rounds
 * is the nearest thing to "its indicators moved" a diagnostic can observe.
 */
public final class RoundComparer {
    private RoundComparer() {
    }

    public static RoundComparison compare(Knowledge knowledge, EngagementDiagnosis earlier, EngagementDiagnosis later) {
        Diagnosis then = earlier.diagnosis();
        Diagnosis now = later.diagnosis();
        Map<String, FindingResult> before = byId(then.findings());
        Map<String, FindingResult> after = byId(now.findings());
        List<FindingChange> resolved = new ArrayList<>();
        List<FindingChange> persisting = new ArrayList<>();
        List<FindingChange> appeared = new ArrayList<>();
        before.forEach((id, f) -> (after.containsKey(id) ? persisting : resolved).add(change(f, after.get(id))));
        after.forEach((id, f) -> {
            if (!before.containsKey(id)) {
                appeared.add(new FindingChange(id, f.title(), f.kind(), null, f.severity()));
            }
        });
        List<FollowUp> chosen = earlier.engagement().chosenInterventions().stream()
                .map(id -> followUp(knowledge, id, earlier, later, after.keySet())).toList();
        return new RoundComparison(later.engagement().client(), label(earlier), label(later), pillars(then, now),
                resolved, appeared, persisting, chosen, then.version(), now.version());
    }

    private static String label(EngagementDiagnosis d) {
        return d.engagement().round() == null ? "(round not named)" : d.engagement().round();
    }

    private static FindingChange change(FindingResult then, FindingResult now) {
        return new FindingChange(then.id(), then.title(), then.kind(), then.severity(), now == null ? null : now.severity());
    }

    private static List<PillarChange> pillars(Diagnosis then, Diagnosis now) {
        List<PillarChange> changes = new ArrayList<>();
        for (PillarResult p : now.pillars()) {
            PillarResult old = then.pillars().stream().filter(o -> o.id().equals(p.id())).findFirst().orElse(null);
            changes.add(new PillarChange(p.id(), p.name(), old == null || !old.assessed() ? null : old.score(),
                    p.assessed() ? p.score() : null, old == null ? null : old.band(), p.band()));
        }
        return changes;
    }

    private static FollowUp followUp(Knowledge knowledge, String id, EngagementDiagnosis earlier, EngagementDiagnosis later,
            Set<String> findingsNow) {
        Intervention intervention = knowledge.intervention(id).orElseThrow();
        Set<String> questions = new LinkedHashSet<>();
        int resolved = 0;
        int still = 0;
        for (FindingResult f : earlier.diagnosis().findings()) {
            if (f.interventions().contains(id)) {
                f.evidence().stream().map(EvidenceAnswer::question).forEach(questions::add);
                if (findingsNow.contains(f.id())) {
                    still++;
                } else {
                    resolved++;
                }
            }
        }
        intervention.inPlaceSigns().forEach(sign -> questions.add(sign.question()));
        List<AnswerMove> moves = new ArrayList<>();
        for (String q : questions) {
            QuestionDef question = knowledge.question(q).orElse(null);
            // A context fact the engagement states says nothing about whether a remedy worked.
            GivenAnswer then = earlier.combined().question(q).filter(a -> !a.fromContext()).map(CombinedAnswer::answer).orElse(null);
            GivenAnswer now = later.combined().question(q).filter(a -> !a.fromContext()).map(CombinedAnswer::answer).orElse(null);
            if (question != null && then != null && now != null && then.hasValue() && now.hasValue()) {
                moves.add(new AnswerMove(q, question.text(), question.display(then.value()), question.display(now.value()),
                        direction(question, then.value(), now.value())));
            }
        }
        return new FollowUp(id, intervention.title(), intervention.indicators(), moves, verdict(moves), resolved, still);
    }

    private static String direction(QuestionDef question, Object then, Object now) {
        if (then.equals(now)) {
            return "same";
        }
        OptionalDouble before = Health.of(question, then);
        OptionalDouble after = Health.of(question, now);
        if (before.isEmpty() || after.isEmpty()) {
            return "changed";
        }
        return after.getAsDouble() > before.getAsDouble() ? "better" : after.getAsDouble() < before.getAsDouble() ? "worse" : "same";
    }

    private static String verdict(List<AnswerMove> moves) {
        if (moves.isEmpty()) {
            return "not measured";
        }
        boolean better = moves.stream().anyMatch(m -> m.direction().equals("better"));
        boolean worse = moves.stream().anyMatch(m -> m.direction().equals("worse"));
        return better && worse ? "mixed" : better ? "improved" : worse ? "worse" : "unchanged";
    }

    private static Map<String, FindingResult> byId(List<FindingResult> findings) {
        Map<String, FindingResult> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        return byId;
    }
}
