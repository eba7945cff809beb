package com.salesdx.engagement;

import com.salesdx.answers.GivenAnswer;
import java.util.List;
import java.util.Map;

/**
 * A client diagnostic with several respondents: who the client is, the context facts stated once
 * for everyone (context.* questions), the respondents, and for rounds, what was chosen to do.
 * {@code round} is a label ("Q1 2026"); {@code chosenInterventions} are the remedies the client
 * decided to act on after this round; {@code rulesVersion}, when recorded, is the rules version the
 * round was first reported with.
 */
public record Engagement(String client, String sector, String round, Map<String, GivenAnswer> context,
        List<Respondent> respondents, List<String> chosenInterventions, String rulesVersion) {

    public Engagement {
        context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
        respondents = List.copyOf(respondents);
        chosenInterventions = List.copyOf(chosenInterventions);
    }
}
