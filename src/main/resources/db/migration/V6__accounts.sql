-- Staff accounts and their API tokens. Passwords are stored as DelegatingPasswordEncoder hashes
-- ({bcrypt}...); tokens only as the SHA-256 of the random value shown once when issued.
CREATE TABLE account (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT        NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('ADMIN', 'AGENCY', 'SUPERVISOR')),
    agency_code   TEXT REFERENCES agency (code),
    enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL,
    CHECK ((role = 'AGENCY') = (agency_code IS NOT NULL))
);

CREATE UNIQUE INDEX account_username_idx ON account (username);

CREATE TABLE api_token (
    id         BIGSERIAL PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    token_hash TEXT        NOT NULL UNIQUE,
    label      TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);

CREATE INDEX api_token_account_idx ON api_token (account_id);
