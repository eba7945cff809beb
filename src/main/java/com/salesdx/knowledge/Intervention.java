package com.salesdx.knowledge;

import java.util.List;

/**
 * A remedy; the first of {@code pillars} is where it acts. {@code lever} says what kind of fix it
 * is (scoring.yaml levers: design before capability, tools and incentives last); when left out it
 * is the lever of its primary pillar.
 */
public record Intervention(String id, List<String> pillars, String lever, String title, String why, List<String> steps,
        String horizon, List<String> indicators, List<String> inPlaceWhen, List<String> after) {

    /**
     * Answers that, all given, say the client already does this, so it is not recommended: a yes/no
     * question answered yes, or {@code question=option} for a choice question.
     */
    public List<String> inPlaceWhenOrEmpty() {
        return inPlaceWhen == null ? List.of() : inPlaceWhen;
    }

    public List<InPlaceSign> inPlaceSigns() {
        return inPlaceWhenOrEmpty().stream().map(InPlaceSign::parse).toList();
    }

    /**
     * Remedies this one only works after (forecasting from stage evidence needs the evidence first):
     * when both are recommended, those come first.
     */
    public List<String> afterOrEmpty() {
        return after == null ? List.of() : after;
    }

    public String primaryPillar() {
        return pillars.get(0);
    }
}
