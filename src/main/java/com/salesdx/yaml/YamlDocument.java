package com.salesdx.yaml;

import java.util.Map;

/**
 * A parsed YAML file: a plain tree (maps, lists, scalars) plus where each node stood in the file,
 * keyed by JSON pointer ("/sections/2/questions/0/id"), so later checks can report file:line.
 */
public record YamlDocument(String file, Object root, Map<String, int[]> locations, Map<String, int[]> keys) {

    /** A problem at the node the pointer names, or at its nearest located ancestor. */
    public Problem problem(String pointer, String message) {
        String at = locations.isEmpty() ? "" : pointer; // no locations (API input): name the field only
        while (!locations.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
        int[] lineColumn = locations.getOrDefault(at, new int[] {0, 0});
        return new Problem(file, lineColumn[0], lineColumn[1], fieldName(pointer), message);
    }

    /** A problem with a key itself (unknown, misspelt): located at the key, not its value. */
    public Problem keyProblem(String pointer, String message) {
        int[] at = keys.get(pointer);
        if (at == null) {
            return problem(pointer, message);
        }
        return new Problem(file, at[0], at[1], fieldName(pointer), message);
    }

    /** "/sections/2/questions/0/id" reads as "sections[2].questions[0].id". */
    static String fieldName(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }
}
