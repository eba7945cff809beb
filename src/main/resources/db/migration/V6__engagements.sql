-- Consultant engagements: one client diagnostic with several respondents, run again each round.
-- Portable SQL: runs unchanged on H2 and PostgreSQL. Each respondent's answers live in the ordinary
-- interview tables (save and resume as for any interview); this only says whose interview it is.

CREATE TABLE engagement (
    id                    VARCHAR(40)  PRIMARY KEY,
    owner_id              VARCHAR(40)  NOT NULL REFERENCES account (id),
    client                VARCHAR(200) NOT NULL,
    sector                VARCHAR(200),
    context_json          VARCHAR      NOT NULL,  -- context question id -> value, stated once for every respondent
    round_number          INTEGER      NOT NULL,
    previous_id           VARCHAR(40)  REFERENCES engagement (id),  -- the round before this one, if any
    chosen_interventions  VARCHAR      NOT NULL,  -- intervention ids the client chose after this round, space-separated
    rules_version         VARCHAR(40),            -- the rules version in force when the next round started
    created_at            TIMESTAMP    NOT NULL
);

CREATE INDEX engagement_owner ON engagement (owner_id);

-- Consultants an engagement is shared with, besides its owner.
CREATE TABLE engagement_share (
    engagement_id  VARCHAR(40) NOT NULL REFERENCES engagement (id),
    account_id     VARCHAR(40) NOT NULL REFERENCES account (id),
    PRIMARY KEY (engagement_id, account_id)
);

CREATE INDEX engagement_share_account ON engagement_share (account_id);

CREATE TABLE respondent (
    id             VARCHAR(40)  PRIMARY KEY,
    engagement_id  VARCHAR(40)  NOT NULL REFERENCES engagement (id),
    position       INTEGER      NOT NULL,          -- order of addition, the order the report lists them in
    name           VARCHAR(200),
    role           VARCHAR(40)  NOT NULL,          -- a role of knowledge-base/combination.yaml
    interview_id   VARCHAR(40)  NOT NULL UNIQUE REFERENCES interview (id),
    link_hash      VARCHAR(64)  UNIQUE,            -- SHA-256 of the private link's token; the token itself is never stored
    created_at     TIMESTAMP    NOT NULL
);

CREATE INDEX respondent_engagement ON respondent (engagement_id);
