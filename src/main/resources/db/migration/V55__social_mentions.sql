-- Public posts that tag a monitored agency account (X, Instagram, Facebook), and what triage made
-- of them. One row per post, however often it is seen: a poll overlapping the last one, a webhook
-- delivered again and an operator submitting the same link all land on the same (platform, post_id).
CREATE TABLE social_mention (
    id                  BIGSERIAL PRIMARY KEY,
    platform            TEXT        NOT NULL CHECK (platform IN ('twitter', 'instagram', 'facebook')),
    post_id             TEXT        NOT NULL,
    -- The monitored account that was tagged (its platform id) and the agency that runs it.
    account_id          TEXT        NOT NULL,
    agency_code         TEXT        NOT NULL REFERENCES agency (code),
    source              TEXT        NOT NULL CHECK (source IN ('X_POLL', 'META_WEBHOOK', 'OPERATOR', 'FORWARDED')),
    post_type           TEXT        NOT NULL
        CHECK (post_type IN ('TWEET', 'IG_COMMENT', 'IG_MENTION_COMMENT', 'IG_MENTION_MEDIA', 'FB_COMMENT', 'FB_POST', 'LINK')),
    -- Instagram caption and comment mentions are answered through the media they are on.
    media_id            TEXT,
    -- What a public reply answers; null when no reply can be posted (a link without a platform id).
    reply_to_id         TEXT,
    url                 TEXT,
    author_id           TEXT,
    author_handle       TEXT,
    -- Null until fetched: an Instagram mention arrives as ids only.
    text                TEXT,
    posted_at           TIMESTAMPTZ,
    received_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    submitted_by        TEXT,
    state               TEXT        NOT NULL DEFAULT 'PENDING'
        CHECK (state IN ('PENDING', 'NEW', 'REPORTED', 'IGNORED', 'FAILED')),
    outcome             TEXT CHECK (outcome IN ('NOT_A_REPORT', 'INVITED', 'FILED')),
    kind                TEXT,
    kind_confidence     DOUBLE PRECISION,
    category            TEXT,
    category_confidence DOUBLE PRECISION,
    agency_type         TEXT,
    region_code         TEXT,
    routed_agency_code  TEXT REFERENCES agency (code),
    routing_note        TEXT,
    handoff_code        TEXT,
    tracking_id         TEXT,
    reply_text          TEXT,
    reply_message_id    BIGINT,
    attempts            INT         NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ,
    last_error          TEXT,
    triaged_at          TIMESTAMPTZ,
    acted_by            TEXT,
    acted_at            TIMESTAMPTZ,
    CONSTRAINT social_mention_once UNIQUE (platform, post_id)
);

CREATE INDEX social_mention_pending_idx ON social_mention (id) WHERE state = 'PENDING';
CREATE INDEX social_mention_agency_idx ON social_mention (agency_code, id);
CREATE INDEX social_mention_routed_idx ON social_mention (routed_agency_code, id) WHERE routed_agency_code IS NOT NULL;

-- Where polling a platform's mentions timeline stands, per monitored account. since_id moves only
-- once every page of a poll is read; an interrupted poll (rate limit) resumes from its page token.
CREATE TABLE social_poll_state (
    platform           TEXT NOT NULL,
    account_id         TEXT NOT NULL,
    since_id           TEXT,
    pending_newest_id  TEXT,
    pending_next_token TEXT,
    paused_until       TIMESTAMPTZ,
    last_polled_at     TIMESTAMPTZ,
    last_error         TEXT,
    PRIMARY KEY (platform, account_id)
);
