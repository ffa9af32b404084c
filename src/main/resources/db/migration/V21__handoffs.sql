-- A conversation begun at one door and continued at another: a public mention that the citizen
-- continues in a private chat by following a deep link that carries the hand-off's code.
CREATE TABLE handoff (
    code             TEXT PRIMARY KEY,
    text             TEXT        NOT NULL,
    origin_channel   TEXT        NOT NULL,
    -- The origin's own id for what is handed over (a post id): one code per post, however often seen.
    origin_reference TEXT        NOT NULL,
    agency_hint      TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_by       TEXT,
    claimed_at       TIMESTAMPTZ,
    CONSTRAINT handoff_once_per_origin UNIQUE (origin_channel, origin_reference)
);
