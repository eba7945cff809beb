package com.salesdx.rules;

import com.salesdx.yaml.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mistakes in a decision table's layout that Drools reports far from where they are, or cryptically:
 * a table saved with semicolons between cells (what Excel writes in many European locales; Drools
 * then sees one cell per row and stumbles on the code row), and a misspelt setting in the rows above
 * {@code RuleTable} (Drools skips the row, so every data row fails instead). Checked before Drools
 * reads the table, each reported at the row it is on.
 */
final class TableLayout {
    /** The settings Drools reads above a RuleTable (its RuleSet keywords and rule attributes), lower case. */
    private static final List<String> SETTINGS = List.of("ruleset", "import", "variables", "functions", "queries",
            "declare", "unit", "notes", "sequential", "sequentialmaxpriority", "sequentialminpriority", "escapequotes",
            "numericdisabled", "salience", "priority", "duration", "timer", "enabled", "calendars", "no-loop", "noloop",
            "lock-on-active", "lockonactive", "auto-focus", "autofocus", "activation-group", "activationgroup",
            "agenda-group", "agendagroup", "ruleflow-group", "ruleflowgroup", "date-effective", "dateeffective",
            "date-expires", "dateexpires");

    private TableLayout() {
    }

    static Optional<Problem> check(String text, String file) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String first = firstCell(lines.get(i)).trim();
            if (first.startsWith("#") || first.startsWith("//")) {
                continue; // a comment line, which Drools skips too
            }
            if (first.contains(";") && lines.get(i).chars().filter(c -> c == ';').count() > 2) {
                return Optional.of(new Problem(file, i + 1, 1, "row " + (i + 1), "the cells of this table are separated by "
                        + "semicolons, not commas (spreadsheet programs in many European languages save CSV that way); "
                        + "save it again as comma-separated CSV: in Excel \"CSV UTF-8 (Comma delimited)\", in LibreOffice "
                        + "tick \"Edit filter settings\" and choose , as the field delimiter"));
            }
            if (first.toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                return Optional.empty(); // the column rows below are Drools' to check: it names their cells
            }
            if (!first.isEmpty() && !SETTINGS.contains(first.toLowerCase(Locale.ROOT))) {
                return Optional.of(new Problem(file, i + 1, 1, "row " + (i + 1) + ", column A", "\"" + first
                        + "\" is not a setting of a decision table; the rows above RuleTable start with RuleSet, Import, "
                        + "Notes or another Drools setting" + closest(first).map(s -> " (did you mean " + s + "?)").orElse("")));
            }
        }
        return Optional.empty();
    }

    /** The text of the first cell of a CSV line, quotes kept: enough to read a setting's keyword. */
    private static String firstCell(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static Optional<String> closest(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String known : List.of("RuleSet", "Import", "Notes", "Variables", "Functions", "Sequential")) {
            if (distance(lower, known.toLowerCase(Locale.ROOT)) <= 2) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
