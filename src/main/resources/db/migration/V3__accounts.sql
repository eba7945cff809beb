-- Consultant accounts, their sign-in sessions and failed sign-ins. Portable SQL: H2 and PostgreSQL.
-- Sessions and failures live here, not in a server's memory, so several servers sharing one
-- PostgreSQL accept the same session and enforce the same sign-in limit.

CREATE TABLE account (
    id             VARCHAR(40)  PRIMARY KEY,
    email          VARCHAR(254) NOT NULL UNIQUE,  -- stored lower-case, trimmed
    password_hash  VARCHAR(100) NOT NULL,         -- bcrypt: $2a$<cost>$<salt+hash>; the password itself is never stored
    admin          BOOLEAN      NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);

CREATE TABLE account_session (
    id            VARCHAR(40)  PRIMARY KEY,        -- a handle to name the session on pages; not the cookie
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,    -- SHA-256 of the cookie's token: a copy of the table opens no session
    account_id    VARCHAR(40)  NOT NULL REFERENCES account (id),
    csrf_token    VARCHAR(64)  NOT NULL,
    user_agent    VARCHAR(200),
    created_at    TIMESTAMP    NOT NULL,
    last_seen_at  TIMESTAMP    NOT NULL
);

CREATE INDEX account_session_account ON account_session (account_id);

-- One row per failed sign-in, by the email that was typed (known or not, so the limit says nothing about
-- which accounts exist); rows older than the counting window are deleted as new ones arrive.
CREATE TABLE login_failure (
    email      VARCHAR(254) NOT NULL,
    failed_at  TIMESTAMP    NOT NULL
);

CREATE INDEX login_failure_email ON login_failure (email, failed_at);
