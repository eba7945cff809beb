package com.salesdx.knowledge;

import java.util.List;

/** A remedy; the first of {@code pillars} is where it acts and decides its upstream rank. */
public record Intervention(String id, List<String> pillars, String title, String why, List<String> steps,
        String horizon, List<String> indicators) {

    public String primaryPillar() {
        return pillars.get(0);
    }
}
