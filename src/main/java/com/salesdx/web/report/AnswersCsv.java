package com.salesdx.web.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** The answers of one result as CSV: one row per question, with the client and respondent on each row. */
final class AnswersCsv {
    static final List<String> COLUMNS = List.of("client", "respondent", "pillar", "question_id", "question", "answer", "note");

    /** RFC 4180 with every cell quoted: a note's commas, quotes and line breaks stay inside its cell. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL)
            .setHeader(COLUMNS.toArray(String[]::new)).get();

    private AnswersCsv() {
    }

    static String of(Report report) {
        String client = report.header().client() == null ? "" : report.header().client();
        String respondent = String.join("; ", report.header().respondents());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (AnswerRow row : report.answers()) {
                csv.printRecord(List.of(client, respondent, row.pillar(), row.questionId(), row.question(), row.answer(),
                        row.note()).stream().map(CsvCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
