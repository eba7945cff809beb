package com.salesdx.web.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything about one result as one JSON document: header, summary, answers and diagnosis.
 * Besides JSON's own escaping, {@code < > & '} are written as \\u escapes, so the file stays inert
 * even if someone pastes it into an HTML page or a script tag.
 */
public final class ExportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafe());
    }

    private ExportJson() {
    }

    static String of(Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", report.id());
        out.put("created_at", report.row().createdAt().toString());
        out.put("rules_version", report.row().rulesVersion());
        out.put("interview_id", report.row().interviewId());
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("client", report.header().client());
        header.put("engagement", report.header().engagement());
        header.put("round", report.header().round());
        header.put("respondents", report.header().respondents());
        header.put("date", report.header().readableDate());
        header.put("questionnaire", report.header().questionnaire());
        out.put("header", header);
        out.put("summary", ReportSummary.of(report.diagnosis()));
        out.put("answers", report.answers());
        out.put("diagnosis", report.diagnosis());
        return write(out);
    }

    /** Any export document, written with the same HTML-safe escaping (the engagement export uses it too). */
    public static String write(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON export: " + e.getMessage(), e);
        }
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard \\uXXXX escapes are used
        }
    }
}
