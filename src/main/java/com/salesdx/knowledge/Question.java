package com.salesdx.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A question as written in a questionnaire file. {@code pillar} may be left out and is then
 * taken from the section; the resolved form is {@link QuestionDef}. {@code integer: true} makes a number
 * question take whole numbers only (it counts people or things). {@code not_scored_when} maps a choice
 * question of the same questionnaire to options in which this answer says nothing about health
 * ({@code {context.sales_motion: [transactional]}}: one buyer needs no multi-threading).
 */
public record Question(String id, String pillar, String text, QuestionType type, String healthy,
        String low, String high, String unit, Double min, Double max, Boolean integer, ScoreRange score,
        List<Option> options, Boolean scored, Integer level, Help help, List<String> feeds,
        Map<String, List<String>> notScoredWhen) {
}
