package com.salesdx.web.report;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.store.StoredDiagnosis;
import java.util.List;

/** Everything one report shows: who it is about, the diagnosis, and the answers behind it. */
public record Report(StoredDiagnosis row, ReportHeader header, Diagnosis diagnosis, List<AnswerRow> answers) {
    public String id() {
        return row.id();
    }
}
