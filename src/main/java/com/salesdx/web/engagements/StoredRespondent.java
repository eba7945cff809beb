package com.salesdx.web.engagements;

/**
 * A person interviewed in one round of an engagement: a name (optional), a role of
 * combination.yaml, and the interview holding their answers. Whether a private link exists is all
 * that is known of it here: only its hash is stored.
 */
public record StoredRespondent(String id, String engagementId, int position, String name, String role, String interviewId,
        boolean hasLink) {

    /** "Priya (seller)" style name for lists: the name, else the role alone. */
    public String describe(String roleLabel) {
        return name == null || name.isBlank() ? roleLabel : name + " (" + roleLabel + ")";
    }
}
