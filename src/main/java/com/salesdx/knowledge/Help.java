package com.salesdx.knowledge;

/** Interviewer help: what a strong answer sounds like, and a probe that tests the answer. */
public record Help(String strong, String probe) {
}
