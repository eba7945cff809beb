package com.salesdx.service;

/** A change to a finished interview, or a second finish: the interview is read-only until reopened. */
public final class InterviewFinishedException extends RuntimeException {
    private final String diagnosisId;

    public InterviewFinishedException(String message, String diagnosisId) {
        super(message);
        this.diagnosisId = diagnosisId;
    }

    /** The diagnosis the interview was finished with ("" while that finish is still being stored). */
    public String diagnosisId() {
        return diagnosisId;
    }
}
