package com.salesdx.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when files or answers are invalid; carries every problem found, each with its location. */
public class InvalidInputException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidInputException(String what, List<Problem> problems) {
        super(what + ": " + problems.size() + " problem(s)\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
