package com.salesdx.check;

import com.salesdx.answers.AnswerSet;

/**
 * A domain expert's test: answers in, expected findings out. {@code name} says what it proves; a
 * client case also tells its {@code story}, the account the answers were translated from.
 */
public record Scenario(String name, String file, int line, AnswerSet answers, Expectation expect, String story) {
}
