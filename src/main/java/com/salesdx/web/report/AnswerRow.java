package com.salesdx.web.report;

/** One question of a result as the answers export lists it; {@code answer} is empty when it was not answered. */
public record AnswerRow(String pillar, String questionId, String question, String answer, String note) {
}
