package com.salesdx.rules;

import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;

/**
 * A Drools decision table saved as CSV in {@code rules/}: one row is one rule. Drools turns it into
 * DRL text, which then goes through exactly the checks a hand-written .drl file does (rule language,
 * metadata, references, thresholds); {@link TableLines} carries every problem back to the row and
 * column of the table. Spreadsheets are not read: CSV needs no Apache POI, which would add about
 * 15 MB to the application for a format any spreadsheet program can save as CSV.
 */
final class DecisionTable {
    private static final Pattern CELL = Pattern.compile("\\b([A-Z]{1,2})(\\d+)\\b");

    /** The DRL Drools generated and the way back from its lines to the table's cells. */
    record Compiled(String drl, TableLines lines) {
    }

    private DecisionTable() {
    }

    static Optional<Compiled> compile(String text, String file, Problems problems) {
        if (text.lines().noneMatch(line -> line.trim().toLowerCase().startsWith("ruletable"))) {
            problems.add(new Problem(file, 1, 0, "", "a decision table needs a cell that starts with \"RuleTable\" "
                    + "followed by the table's name, then rows of column kinds, fact types, code and labels (see docs/domain-expert-guide.md)"));
            return Optional.empty();
        }
        Optional<Problem> layout = TableLayout.check(text, file);
        if (layout.isPresent()) {
            problems.add(layout.get());
            return Optional.empty();
        }
        try {
            String drl = new SpreadsheetCompiler().compile(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), InputType.CSV,
                    new DefaultRuleSheetListener());
            return Optional.of(new Compiled(drl, TableLines.of(file, text, drl)));
        } catch (RuntimeException e) {
            problems.add(located(file, e));
            return Optional.empty();
        }
    }

    /** Drools names the cell it stumbled on (e.g. "in cell H12"); report it as row and column. */
    private static Problem located(String file, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").trim();
        Matcher cell = CELL.matcher(message);
        if (cell.find()) {
            int row = Integer.parseInt(cell.group(2));
            return new Problem(file, row, TableLines.columnNumber(cell.group(1)), "row " + row + ", column " + cell.group(1),
                    "the decision table cannot be read: " + message);
        }
        return Problem.inFile(file, "the decision table cannot be read: " + message);
    }
}
