package com.salesdx.web.report;

/**
 * Keeps a spreadsheet from running what a client typed. A cell that starts with = + - @ (or a tab
 * or carriage return, which some spreadsheets skip before reading a formula) is read as a
 * formula by Excel, LibreOffice and Google Sheets; a leading apostrophe makes it plain text
 * there, and shows the original characters. Quoting is the CSV library's job, not this one's.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
