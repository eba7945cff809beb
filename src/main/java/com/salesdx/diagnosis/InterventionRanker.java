package com.salesdx.diagnosis;

import com.salesdx.diagnosis.Diagnosis.EvidenceAnswer;
import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.diagnosis.Diagnosis.RankedIntervention;
import com.salesdx.knowledge.InPlaceSign;
import com.salesdx.knowledge.Intervention;
import com.salesdx.knowledge.InterventionPlacing;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Orders the remedies as scoring.yaml states: each earns, for every finding it addresses, the
 * finding's severity weight times the share of the finding's answers not already counted for it
 * (one answer is evidence once, however many findings cite it), times the factor of its lever
 * (design before capability, tools and pay last). Ties go to the most severe finding addressed,
 * then to the rules' own order of remedies, then to the more upstream pillar.
 */
final class InterventionRanker {
    private InterventionRanker() {
    }

    static List<Tally> rank(Knowledge knowledge, List<FindingResult> findings) {
        return rank(knowledge, findings, sign -> false);
    }

    /** {@code given}: whether an in_place_when answer was given, so remedies the client already has are left out. */
    static List<Tally> rank(Knowledge knowledge, List<FindingResult> findings, Predicate<InPlaceSign> given) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        // Each remedy is looked up once per diagnosis, however many findings name it.
        java.util.Set<String> alreadyInPlace = new java.util.HashSet<>();
        // Findings arrive most severe first, so the heavier finding claims a shared answer.
        for (int index = 0; index < findings.size(); index++) {
            FindingResult finding = findings.get(index);
            Severity severity = finding.severityLevel();
            double weight = knowledge.severityWeight(severity);
            int[] answers = problemAnswers(knowledge, finding);
            for (int position = 0; position < finding.interventions().size(); position++) {
                String id = finding.interventions().get(position);
                Tally tally = tallies.get(id);
                if (tally == null) {
                    if (alreadyInPlace.contains(id)) {
                        continue;
                    }
                    Intervention intervention = knowledge.interventions().get(id);
                    if (inPlace(intervention, given)) {
                        alreadyInPlace.add(id);
                        continue;
                    }
                    tally = new Tally(intervention, knowledge.placing(id), knowledge.questionCount());
                    tallies.put(id, tally);
                }
                if (tally.firstFinding < 0) {
                    tally.firstFinding = index;
                }
                double place = knowledge.scoring().remedyPlaceWeight(position);
                tally.claim(finding, severity, position, weight * place, answers);
            }
        }
        tallies.values().forEach(Tally::settle);
        List<Tally> order = new ArrayList<>(tallies.values());
        order.sort(Tally.ORDER);
        int minSeverity = Severity.parse(knowledge.scoring().startHere().minSeverity()).orElseThrow().ordinal();
        return prerequisitesFirst(knowledge, breadthFirst(order, minSeverity), minSeverity);
    }

    /**
     * A remedy that another recommended remedy comes after (interventions.yaml {@code after}) moves to
     * just before it: forecasting from stage evidence is not the first step while partners share no
     * evidence. Only a remedy that is the first answer to a finding of start-here severity counts as
     * needed: one recommended in second place is covered by that finding's own first remedy.
     * Everything else keeps its place.
     */
    static List<Tally> prerequisitesFirst(Knowledge knowledge, List<Tally> order, int minSeverity) {
        List<Tally> out = new ArrayList<>(order.size());
        java.util.Set<Tally> placed = new java.util.HashSet<>();
        for (Tally tally : order) {
            place(knowledge, tally, order, out, placed, minSeverity);
        }
        return out;
    }

    private static void place(Knowledge knowledge, Tally tally, List<Tally> order, List<Tally> out, java.util.Set<Tally> placed,
            int minSeverity) {
        if (!placed.add(tally)) {
            return;
        }
        for (String before : tally.intervention.afterOrEmpty()) {
            for (Tally other : order) {
                if (other.id.equals(before) && other.primaryFor.stream().anyMatch(f -> f.severityLevel().ordinal() <= minSeverity)) {
                    other.prerequisiteOf = other.prerequisiteOf == null ? tally : other.prerequisiteOf;
                    place(knowledge, other, order, out, placed, minSeverity);
                }
            }
        }
        out.add(tally);
    }

    /**
     * Every problem gets its first remedy before any problem gets its second: a remedy comes early
     * only while it is the primary remedy (first in its rule's list) of a finding of at least the
     * start-here severity that no earlier remedy is primary for; the others follow, by priority.
     * Otherwise remedies that are second choices for several findings fill the top of the list and
     * push a finding's own first remedy out of sight.
     */
    private static List<Tally> breadthFirst(List<Tally> order, int minSeverity) {
        List<Tally> first = new ArrayList<>(order.size());
        List<Tally> later = new ArrayList<>();
        java.util.Set<String> answered = new java.util.HashSet<>();
        for (Tally tally : order) {
            boolean opensAProblem = false;
            for (FindingResult finding : tally.primaryFor) {
                if (finding.severityLevel().ordinal() <= minSeverity && answered.add(finding.id())) {
                    opensAProblem = true;
                }
            }
            tally.opensAProblem = opensAProblem;
            if (opensAProblem) {
                first.add(tally);
            } else {
                later.add(tally);
            }
        }
        first.addAll(later);
        return first;
    }

    /**
     * The remedies in the order to do them: the start-here picks first, in their own order (a pick may
     * come from further down when the first round takes one remedy per pillar), then the rest as ranked.
     * Numbers run 1, 2, 3 down that list, so "start here" is always the first few.
     */
    static List<RankedIntervention> present(Knowledge knowledge, List<Tally> order, List<String> startHere) {
        List<Tally> doing = new ArrayList<>(order.size());
        for (String id : startHere) {
            for (Tally tally : order) {
                if (tally.id.equals(id)) {
                    doing.add(tally);
                }
            }
        }
        for (Tally tally : order) {
            if (!startHere.contains(tally.id)) {
                doing.add(tally);
            }
        }
        List<RankedIntervention> ranked = new ArrayList<>(doing.size());
        for (Tally tally : doing) {
            Intervention it = tally.intervention;
            boolean full = startHere.contains(tally.id);
            ranked.add(new RankedIntervention(ranked.size() + 1, tally.id, it.title(), it.pillars(),
                    tally.lever, Math.round(tally.priority * 10) / 10.0,
                    ids(tally.findings), it.horizon(), full ? it.why() : null, full ? it.steps() : null,
                    full ? it.indicators() : null, tally.opensAProblem));
        }
        return ranked;
    }

    private static List<String> ids(List<FindingResult> findings) {
        String[] ids = new String[findings.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = findings.get(i).id();
        }
        return List.of(ids);
    }

    private static boolean inPlace(Intervention intervention, Predicate<InPlaceSign> given) {
        if (intervention.inPlaceWhenOrEmpty().isEmpty()) {
            return false;
        }
        for (InPlaceSign sign : intervention.inPlaceSigns()) {
            if (!given.test(sign)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The answers that show the problem: pillar answers, not the context that made them matter
     * (a context answer would otherwise dilute every finding that reads it).
     */
    private static int[] problemAnswers(Knowledge knowledge, FindingResult finding) {
        int[] all = new int[finding.evidence().size()];
        int[] pillarOnly = new int[all.length];
        int pillarCount = 0;
        for (int i = 0; i < all.length; i++) {
            all[i] = knowledge.questionIndex(finding.evidence().get(i).question());
            if (all[i] >= 0 && knowledge.belongsToPillar(all[i])) {
                pillarOnly[pillarCount++] = all[i];
            }
        }
        return pillarCount == 0 ? all : java.util.Arrays.copyOf(pillarOnly, pillarCount);
    }

    /** One intervention's running priority and what it answers. */
    static final class Tally {
        static final Comparator<Tally> ORDER = Comparator.comparingDouble((Tally t) -> -t.priority)
                .thenComparingInt(t -> t.mostSevere).thenComparingInt(t -> t.bestPosition)
                .thenComparingInt(t -> t.rank).thenComparingInt(t -> t.firstFinding).thenComparing(t -> t.id);

        final String id;
        final Intervention intervention;
        final int rank;
        final double factor;
        final String lever;
        final List<FindingResult> findings = new ArrayList<>(2);
        // The answers already credited, by question index: a popular remedy collects dozens.
        private final long[] counted;
        // Only findings resting on no answer at all are counted by id; most remedies never need it.
        private java.util.Set<String> countedFindings;
        double priority;
        int mostSevere = Integer.MAX_VALUE;
        int bestPosition = Integer.MAX_VALUE;
        /** A recommended remedy that comes after this one (interventions.yaml after), if any. */
        Tally prerequisiteOf;
        /** The first remedy for a finding of start-here severity that no remedy before it answers. */
        boolean opensAProblem;
        /** Where the first finding it answers stands in the findings' own order. */
        int firstFinding = -1;

        Tally(Intervention intervention, InterventionPlacing placing, int questions) {
            this.id = intervention.id();
            this.intervention = intervention;
            this.rank = placing.rank();
            this.factor = placing.factor();
            this.lever = placing.lever();
            this.counted = new long[(questions + 63) / 64];
        }

        /** The share of a finding's answers this remedy has not yet been credited for. */
        double newShare(String findingId, int[] answers) {
            if (answers.length == 0) {
                if (countedFindings == null) {
                    countedFindings = new java.util.HashSet<>(2);
                }
                return countedFindings.add(findingId) ? 1 : 0;
            }
            int fresh = 0;
            for (int answer : answers) {
                long bit = 1L << (answer & 63);
                if ((counted[answer >>> 6] & bit) == 0) {
                    counted[answer >>> 6] |= bit;
                    fresh++;
                }
            }
            return (double) fresh / answers.length;
        }

        private final List<Claim> claims = new ArrayList<>(2);

        /** The findings whose rules name this remedy first. */
        final List<FindingResult> primaryFor = new ArrayList<>(1);

        void claim(FindingResult finding, Severity severity, int position, double value, int[] answers) {
            claims.add(new Claim(finding.id(), value, answers));
            if (position == 0) {
                primaryFor.add(finding);
            }
            findings.add(finding);
            mostSevere = Math.min(mostSevere, severity.ordinal());
            bestPosition = Math.min(bestPosition, position);
        }

        /** Adds up the claims, heaviest first, so an answer shared by two findings counts at its best. */
        void settle() {
            claims.sort(Comparator.comparingDouble((Claim c) -> -c.value()));
            for (Claim claim : claims) {
                priority += claim.value() * newShare(claim.finding(), claim.answers()) * factor;
            }
        }

        private record Claim(String finding, double value, int[] answers) {
        }
    }
}
