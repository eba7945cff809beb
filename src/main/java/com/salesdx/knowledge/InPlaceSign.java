package com.salesdx.knowledge;

/**
 * One entry of an intervention's {@code in_place_when}: a yes/no question answered yes
 * ({@code skills.top_practices_documented}), or a choice question given one option
 * ({@code skills.training_format=live_workshops}), for remedies whose practice shows as a choice.
 */
public record InPlaceSign(String question, String option) {

    public static InPlaceSign parse(String entry) {
        int equals = entry.indexOf('=');
        return equals < 0 ? new InPlaceSign(entry.strip(), null)
                : new InPlaceSign(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
    }

    public boolean isChoice() {
        return option != null;
    }
}
