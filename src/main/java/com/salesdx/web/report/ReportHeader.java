package com.salesdx.web.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Who and what a report is about, as its first lines and the printed running header show it.
 * Every part but the date and questionnaire is optional: an anonymous executive diagnostic has
 * none, an interview has a client and a respondent, an engagement adds its name and round.
 */
public record ReportHeader(String client, String engagement, String round, List<String> respondents, Instant date,
        String questionnaire) {
    /** "24 November 2026": day, month in words, year, so no reader has to guess the order. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);
    static final String DOCUMENT = "Sales system diagnosis";

    public ReportHeader {
        respondents = respondents == null ? List.of() : respondents.stream().filter(r -> r != null && !r.isBlank()).toList();
    }

    public String readableDate() {
        return DAY.format(date);
    }

    /** The moment to the minute, for the appendix, where two reports of one day must be told apart. */
    public String readableMoment() {
        return MOMENT.format(date);
    }

    /** What each printed page carries at the top: the client (or engagement) and the kind of document. */
    public String runningTitle() {
        String who = client != null ? client : engagement;
        return who == null ? DOCUMENT : who + " \u00b7 " + DOCUMENT;
    }
}
