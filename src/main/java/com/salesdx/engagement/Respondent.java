package com.salesdx.engagement;

import com.salesdx.answers.AnswerSet;

/** One person interviewed in an engagement: a name (optional), a role from combination.yaml and their answers. */
public record Respondent(String name, String role, AnswerSet answers) {

    /** "Seller (Ana)" or "Seller": how a respondent is named beside their answers. */
    public String describe(String roleLabel) {
        return name == null || name.isBlank() ? roleLabel : roleLabel + " (" + name + ")";
    }
}
