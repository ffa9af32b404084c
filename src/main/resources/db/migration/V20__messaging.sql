-- The channel-neutral messaging core: what citizens wrote (inbox), what we write back (outbox), and
-- per-address delivery preferences. Both directions draw their ids from one sequence so that the
-- transcript of an address has a single order and a single cursor.
CREATE SEQUENCE message_seq;

CREATE TABLE inbound_message (
    id                  BIGINT PRIMARY KEY DEFAULT nextval('message_seq'),
    channel             TEXT             NOT NULL,
    address_id          TEXT             NOT NULL,
    provider_message_id TEXT             NOT NULL,
    text                TEXT             NOT NULL,
    choice              TEXT,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    sender_name         TEXT,
    attachment_count    INT              NOT NULL DEFAULT 0,
    received_at         TIMESTAMPTZ      NOT NULL,
    accepted_at         TIMESTAMPTZ      NOT NULL DEFAULT now(),
    status              TEXT             NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'PROCESSED', 'FAILED')),
    attempts            INT              NOT NULL DEFAULT 0,
    last_error          TEXT,
    processed_at        TIMESTAMPTZ,
    -- The id of the last message of the batch this one was handled in; replies point at it.
    batch_id            BIGINT,
    -- Providers retry deliveries: a redelivery is recognised here and never processed again.
    CONSTRAINT inbound_message_delivery_once UNIQUE (channel, provider_message_id)
);

CREATE INDEX inbound_message_address_idx ON inbound_message (channel, address_id, id);
CREATE INDEX inbound_message_pending_idx ON inbound_message (channel, address_id, id) WHERE status = 'PENDING';

CREATE TABLE inbound_attachment (
    inbound_id   BIGINT NOT NULL REFERENCES inbound_message (id) ON DELETE CASCADE,
    position     INT    NOT NULL,
    file_name    TEXT   NOT NULL,
    content_type TEXT   NOT NULL,
    content      BYTEA  NOT NULL,
    PRIMARY KEY (inbound_id, position)
);

CREATE TABLE outbound_message (
    id                  BIGINT PRIMARY KEY DEFAULT nextval('message_seq'),
    channel             TEXT        NOT NULL,
    address_id          TEXT        NOT NULL,
    text                TEXT        NOT NULL,
    choice_values       TEXT[]      NOT NULL DEFAULT '{}',
    choice_labels       TEXT[]      NOT NULL DEFAULT '{}',
    -- Set for status notifications (template-based channels fill them in).
    tracking_id         TEXT,
    notified_status     TEXT,
    in_reply_to         BIGINT,
    -- Given to the citizen in the response of the request that carried their message (web chat).
    answered_inline     BOOLEAN     NOT NULL DEFAULT false,
    status              TEXT        NOT NULL
        CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'UNDELIVERED', 'SUPPRESSED')),
    provider_message_id TEXT,
    attempts            INT         NOT NULL DEFAULT 0,
    last_error          TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at             TIMESTAMPTZ,
    status_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX outbound_message_address_idx ON outbound_message (channel, address_id, id);
CREATE INDEX outbound_message_queued_idx ON outbound_message (channel, address_id, id) WHERE status = 'QUEUED';
CREATE INDEX outbound_message_provider_idx ON outbound_message (channel, provider_message_id)
    WHERE provider_message_id IS NOT NULL;
CREATE INDEX outbound_message_reply_idx ON outbound_message (in_reply_to) WHERE in_reply_to IS NOT NULL;

-- Only addresses with something to remember have a row: opted out of notifications, or unreachable.
CREATE TABLE recipient (
    channel            TEXT NOT NULL,
    address_id         TEXT NOT NULL,
    opted_out_at       TIMESTAMPTZ,
    unreachable_at     TIMESTAMPTZ,
    unreachable_reason TEXT,
    PRIMARY KEY (channel, address_id)
);

-- Bucket4j's token buckets for the per-channel overall send rate, shared by all instances.
CREATE TABLE rate_limit_bucket (
    id    TEXT PRIMARY KEY,
    state BYTEA
);
