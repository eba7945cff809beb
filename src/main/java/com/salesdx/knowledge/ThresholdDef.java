package com.salesdx.knowledge;

/**
 * One figure a rule compares answers with (knowledge-base/thresholds.yaml). {@code source} names
 * the article and figure it comes from, or says {@value #PRACTITIONER} and then {@code why} is required.
 */
public record ThresholdDef(String id, Double value, String unit, String source, String why) {
    public static final String PRACTITIONER = "practitioner default";

    public boolean practitionerDefault() {
        return PRACTITIONER.equals(source);
    }
}
