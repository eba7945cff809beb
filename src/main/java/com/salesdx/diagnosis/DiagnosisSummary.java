package com.salesdx.diagnosis;

import java.util.List;

/**
 * A diagnosis at a glance: pillar scores and finding titles, what the interview screen shows as
 * provisional findings while answers come in. The full diagnosis is what gets stored.
 */
public record DiagnosisSummary(String version, String questionnaire, List<Diagnosis.PillarResult> pillars,
        List<Brief> findings, List<String> startHere, String weakestPillar) {

    public record Brief(String id, String pillar, String severity, String title) {
    }

    public static DiagnosisSummary of(Diagnosis diagnosis) {
        return new DiagnosisSummary(diagnosis.version(), diagnosis.questionnaire(), diagnosis.pillars(),
                diagnosis.findings().stream().map(f -> new Brief(f.id(), f.pillar(), f.severity(), f.title())).toList(),
                diagnosis.startHere(), diagnosis.weakestPillar());
    }
}
