package com.salesdx.knowledge;

import java.util.List;

/**
 * A question as written in a questionnaire file. {@code pillar} may be left out and is then
 * taken from the section; the resolved form is {@link QuestionDef}. {@code integer: true} makes a number
 * question take whole numbers only (it counts people or things).
 */
public record Question(String id, String pillar, String text, QuestionType type, String healthy,
        String low, String high, String unit, Double min, Double max, Boolean integer, ScoreRange score,
        List<Option> options, Boolean scored, Integer level, Help help, List<String> feeds) {
}
