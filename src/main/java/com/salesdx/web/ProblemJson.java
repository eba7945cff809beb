package com.salesdx.web;

import com.salesdx.yaml.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Problems in rule and knowledge files as the JSON API gives them: file, line, column, where and message. */
public final class ProblemJson {
    private ProblemJson() {
    }

    public static List<Map<String, Object>> of(List<Problem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("file", p.file());
            error.put("line", p.line());
            error.put("column", p.column());
            error.put("where", p.field());
            error.put("message", p.message());
            return error;
        }).toList();
    }
}
