-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL.

CREATE TABLE diagnosis (
    id              VARCHAR(40)  PRIMARY KEY,
    questionnaire   VARCHAR(40)  NOT NULL,
    answers_json    VARCHAR      NOT NULL,  -- the answer set, in answer-file form, so it can be re-run
    result_gz       BYTEA        NOT NULL,  -- the diagnosis as returned by the API, gzip'd JSON (about 8x smaller)
    rules_version   VARCHAR(40)  NOT NULL,  -- content hash of the rules and knowledge base used
    interview_id    VARCHAR(40),
    created_at      TIMESTAMP    NOT NULL
);

CREATE TABLE interview (
    id                VARCHAR(40)  PRIMARY KEY,
    questionnaire     VARCHAR(40)  NOT NULL,
    title             VARCHAR(200),
    respondent        VARCHAR(200),
    source_diagnosis  VARCHAR(40),
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL
);

CREATE TABLE interview_answer (
    interview_id  VARCHAR(40)  NOT NULL REFERENCES interview (id),
    question      VARCHAR(100) NOT NULL,
    value_json    VARCHAR,              -- null when "don't know" or only a note
    dont_know     BOOLEAN      NOT NULL,
    note          VARCHAR,
    updated_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (interview_id, question)
);

CREATE INDEX diagnosis_interview ON diagnosis (interview_id);
