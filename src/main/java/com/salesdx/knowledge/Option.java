package com.salesdx.knowledge;

/** A single-choice option; {@code score} (0-100) is optional and makes the question scored. */
public record Option(String value, String label, Integer score) {
}
