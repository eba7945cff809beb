package com.salesdx.yaml;

/**
 * One thing wrong with an input file, located as precisely as the parser allows.
 * Printed as {@code file:line:column: field: message}; line and column are 1-based, 0 when unknown.
 */
public record Problem(String file, int line, int column, String field, String message) {

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (field != null && !field.isEmpty()) {
            out.append(field).append(": ");
        }
        return out.append(message).toString();
    }
}
