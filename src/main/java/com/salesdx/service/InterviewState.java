package com.salesdx.service;

import com.salesdx.diagnosis.Diagnosis;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.store.Interview;
import com.salesdx.store.StoredAnswer;
import java.util.List;
import java.util.Map;

/** An interview as the screen shows it: saved answers, progress per section, provisional findings. */
public record InterviewState(Interview interview, Questionnaire questionnaire, Map<String, StoredAnswer> answers,
        List<SectionProgress> progress, Diagnosis provisional, String finishedWith) {

    /** Finished interviews are read-only until reopened. */
    public boolean finished() {
        return finishedWith != null;
    }

    public record SectionProgress(String section, String title, String pillar, int answered, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * answered / total);
        }
    }

    public int answeredCount() {
        return progress.stream().mapToInt(SectionProgress::answered).sum();
    }

    public int questionCount() {
        return progress.stream().mapToInt(SectionProgress::total).sum();
    }
}
