package com.salesdx.rules;

import com.salesdx.yaml.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * The way back from a line of the DRL Drools generated for a decision table to the table itself:
 * the row (one rule per row) and the column whose cell produced that line. Drools marks each rule
 * with "// rule values at A12"; the column is the one whose code, filled with the row's cell,
 * appears on the line. Problems are then reported as {@code file:row:column: row 12, column H
 * (Sales motion): ...}, which is what a domain expert sees in a spreadsheet.
 */
final class TableLines {
    private static final Pattern RULE_MARK = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");
    private static final Pattern METADATA_NAMED = Pattern.compile("@(\\w+)\\(");
    private static final int ACTIONS = 1;
    private static final int CODE = 3;
    private static final int LABELS = 4;

    private final String file;
    private final List<List<String>> rows;
    /** Table row (1-based) of each generated DRL line (index = line - 1); 0 before the first rule. */
    private final int[] rowOfLine;
    private final String[] drlLines;

    private TableLines(String file, List<List<String>> rows, int[] rowOfLine, String[] drlLines) {
        this.file = file;
        this.rows = rows;
        this.rowOfLine = rowOfLine;
        this.drlLines = drlLines;
    }

    static TableLines of(String file, String csv, String drl) {
        CsvLineParser parser = new CsvLineParser();
        List<List<String>> rows = new ArrayList<>();
        csv.lines().forEach(line -> rows.add(parser.parse(line)));
        String[] lines = drl.split("\n", -1);
        int[] rowOfLine = new int[lines.length];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher mark = RULE_MARK.matcher(lines[i].trim());
            if (mark.find()) {
                row = Integer.parseInt(mark.group(2));
            }
            rowOfLine[i] = row > 0 ? row : headerRow(rows, lines[i]);
        }
        return new TableLines(file, rows, rowOfLine, lines);
    }

    String file() {
        return file;
    }

    /** The table row a generated DRL line comes from, or 0 when it comes from no row. */
    int row(int drlLine) {
        return drlLine >= 1 && drlLine <= rowOfLine.length ? rowOfLine[drlLine - 1] : 0;
    }

    /** The same problem, located in the table rather than in the DRL nobody sees. */
    Problem translate(Problem problem) {
        if (!problem.file().equals(file) || problem.line() <= 0) {
            return new Problem(problem.file(), problem.line(), problem.column(), problem.field(), locations(problem.message()));
        }
        int row = row(problem.line());
        if (row == 0) {
            return new Problem(file, 0, 0, problem.field(), problem.message());
        }
        int column = metadataColumn(row, problem.message());
        if (column < 0) {
            column = problem.line() <= drlLines.length ? column(row, drlLines[problem.line() - 1]) : -1;
        }
        String where = "row " + row + (column < 0 ? "" : ", column " + letter(column) + label(row, column));
        String field = problem.field() == null || problem.field().isEmpty() ? where : where + ", " + problem.field();
        return new Problem(file, row, column + 1, field, locations(problem.message()));
    }

    /** A message that points at another rule of this table ("the same name is used at ...") names its row too. */
    private String locations(String message) {
        Matcher at = Pattern.compile(Pattern.quote(file) + ":(\\d+)").matcher(message);
        StringBuilder out = new StringBuilder();
        while (at.find()) {
            at.appendReplacement(out, Matcher.quoteReplacement(file + ":" + row(Integer.parseInt(at.group(1)))));
        }
        return at.appendTail(out).toString();
    }

    /** The column whose code, filled with this row's cell, is on the line; the longest match wins. */
    private int column(int row, String drlLine) {
        List<String> cells = cells(row);
        int header = headerOf(row);
        if (header < 0) {
            return -1;
        }
        String line = squash(drlLine);
        int best = -1;
        int bestLength = 0;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).trim();
            if (cell.isEmpty()) {
                continue;
            }
            String action = cell(header + ACTIONS, c).trim().toUpperCase();
            String rendered = action.equals("NAME") ? cell : cell(header + CODE, c).replace("$param", cell);
            String wanted = squash(rendered);
            if (!wanted.isEmpty() && line.contains(wanted) && wanted.length() > bestLength) {
                best = c;
                bestLength = wanted.length();
            }
        }
        return best;
    }

    /** A problem with a rule's metadata ("@severity(urgent) is not allowed") is in that metadata's column. */
    private int metadataColumn(int row, String message) {
        Matcher named = METADATA_NAMED.matcher(message);
        int header = headerOf(row);
        if (!named.find() || header < 0) {
            return -1;
        }
        List<String> actions = cells(header + ACTIONS);
        for (int c = 0; c < actions.size(); c++) {
            if (actions.get(c).trim().equalsIgnoreCase("METADATA") && cell(header + CODE, c).trim().startsWith(named.group(1) + "(")) {
                return c;
            }
        }
        return -1;
    }

    private String label(int row, int column) {
        int header = headerOf(row);
        String label = header < 0 ? "" : cell(header + LABELS, column).trim();
        return label.isEmpty() ? "" : " (" + label + ")";
    }

    /** The row (1-based) of the RuleTable cell that heads this data row, or -1. */
    private int headerOf(int row) {
        for (int r = row - 1; r >= 1; r--) {
            for (String cell : cells(r)) {
                if (cell.trim().toLowerCase().startsWith("ruletable")) {
                    return r;
                }
            }
        }
        return -1;
    }

    private List<String> cells(int row) {
        return row >= 1 && row <= rows.size() ? rows.get(row - 1) : List.of();
    }

    private String cell(int row, int column) {
        List<String> cells = cells(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Lines before the first rule (package, imports) come from the RuleSet and Import rows. */
    private static int headerRow(List<List<String>> rows, String drlLine) {
        String line = drlLine.trim();
        String key = line.startsWith("package ") ? "ruleset" : line.startsWith("import ") ? "import" : null;
        for (int r = 0; key != null && r < rows.size(); r++) {
            if (!rows.get(r).isEmpty() && rows.get(r).get(0).trim().equalsIgnoreCase(key)) {
                return r + 1;
            }
        }
        return 0;
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String letter(int column) {
        StringBuilder out = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            out.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return out.toString();
    }

    static int columnNumber(String letters) {
        int n = 0;
        for (char ch : letters.toCharArray()) {
            n = n * 26 + (ch - 'A' + 1);
        }
        return n;
    }
}
