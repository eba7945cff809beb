-- A finished interview is read-only until it is reopened: one row while it is finished.
-- The primary key makes finishing atomic: of two finishes at once, one stores a diagnosis, the other gets 409.
CREATE TABLE interview_finish (
    interview_id  VARCHAR(40)  PRIMARY KEY REFERENCES interview (id),
    diagnosis_id  VARCHAR(40),
    finished_at   TIMESTAMP    NOT NULL
);
