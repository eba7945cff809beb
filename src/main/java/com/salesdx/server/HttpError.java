package com.salesdx.server;

import java.util.List;

/**
 * An error the client can act on, mapped to one HTTP status in one place. {@code field} names
 * the input at fault ("answers.process.crm_stages"), or is null when no single field is.
 */
public class HttpError extends RuntimeException {
    private final int status;
    private final String field;
    private final List<FieldProblem> problems;

    public record FieldProblem(String field, String error) {
    }

    public HttpError(int status, String field, String message) {
        this(status, field, message, List.of());
    }

    public HttpError(int status, String field, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    public static HttpError badRequest(String field, String message) {
        return new HttpError(400, field, message);
    }

    public static HttpError notFound(String what) {
        return new HttpError(404, null, what + " not found");
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
