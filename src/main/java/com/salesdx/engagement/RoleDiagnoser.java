package com.salesdx.engagement;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.diagnosis.Diagnosis.PillarResult;
import com.salesdx.knowledge.Combination;
import com.salesdx.knowledge.Scoring;
import com.salesdx.rules.RuleBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The engagement seen one role at a time: each role's respondents diagnosed on their own (their
 * answers combined as usual, with the engagement's context), so a report can show what executives,
 * leaders, managers and sellers each describe, and where they describe a different company.
 * Stateless; thread-safe as {@link EngagementDiagnoser} is.
 */
public final class RoleDiagnoser {
    private RoleDiagnoser() {
    }

    /** One role's own diagnosis: how many of its respondents answered anything, and what their answers alone give. */
    public record RoleResult(String role, String label, int respondents, Diagnosis diagnosis) {
        public PillarResult pillar(String id) {
            return diagnosis.pillars().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        }
    }

    /** A pillar where the roles that scored it land a band or more apart: the best-placed and worst-placed roles. */
    public record BandSpread(String pillar, String pillarName, List<RoleResult> highest, String highBand,
            List<RoleResult> lowest, String lowBand) {
    }

    public record ByRole(List<RoleResult> roles, List<BandSpread> spreads) {
    }

    /** Roles in combination.yaml's order; a role none of whose respondents answered yet is left out. */
    public static ByRole diagnose(RuleBase ruleBase, Engagement engagement) {
        Combination combination = ruleBase.knowledge().combination().orElseThrow(() -> new IllegalStateException(
                "the knowledge base has no combination.yaml, which says how several respondents' answers combine"));
        List<RoleResult> roles = new ArrayList<>();
        for (Combination.RoleDef role : combination.roles()) {
            List<Respondent> answered = engagement.respondents().stream()
                    .filter(r -> r.role().equals(role.id()) && !r.answers().all().isEmpty()).toList();
            if (!answered.isEmpty()) {
                Engagement alone = new Engagement(engagement.client(), engagement.sector(), engagement.round(),
                        engagement.context(), answered, engagement.chosenInterventions(), engagement.rulesVersion());
                roles.add(new RoleResult(role.id(), role.label(), answered.size(),
                        EngagementDiagnoser.diagnose(ruleBase, alone).diagnosis()));
            }
        }
        return new ByRole(List.copyOf(roles), spreads(ruleBase.knowledge().scoring(), roles));
    }

    private static List<BandSpread> spreads(Scoring scoring, List<RoleResult> roles) {
        List<BandSpread> spreads = new ArrayList<>();
        if (roles.isEmpty()) {
            return spreads;
        }
        for (PillarResult pillar : roles.get(0).diagnosis().pillars()) {
            List<RoleResult> scored = roles.stream().filter(r -> r.pillar(pillar.id()).assessed()).toList();
            if (scored.size() < 2) {
                continue;
            }
            Comparator<RoleResult> byRank = Comparator.comparingInt(r -> scoring.bandRank(r.pillar(pillar.id()).band()));
            int best = scoring.bandRank(scored.stream().min(byRank).orElseThrow().pillar(pillar.id()).band());
            int worst = scoring.bandRank(scored.stream().max(byRank).orElseThrow().pillar(pillar.id()).band());
            if (worst - best >= 1) {
                List<RoleResult> highest = scored.stream().filter(r -> scoring.bandRank(r.pillar(pillar.id()).band()) == best).toList();
                List<RoleResult> lowest = scored.stream().filter(r -> scoring.bandRank(r.pillar(pillar.id()).band()) == worst).toList();
                spreads.add(new BandSpread(pillar.id(), pillar.name(), highest, highest.get(0).pillar(pillar.id()).band(),
                        lowest, lowest.get(0).pillar(pillar.id()).band()));
            }
        }
        return List.copyOf(spreads);
    }
}
