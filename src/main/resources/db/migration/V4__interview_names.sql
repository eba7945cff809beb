-- The client an interview is for, shown in the report header next to the respondent.
-- Optional: interviews started before it have none, and the report then leaves it out.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE interview ADD COLUMN client VARCHAR(200);
