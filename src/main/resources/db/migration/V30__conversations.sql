-- One conversation per citizen address (channel + address id): the dialogue's step, the report
-- being drafted and the citizen's language, kept as JSON so that a dialogue survives a restart and
-- continues on any instance. Rows are only touched while the inbox holds the address's lock.
CREATE TABLE conversation (
    id               BIGSERIAL PRIMARY KEY,
    channel          TEXT        NOT NULL,
    address_id       TEXT        NOT NULL,
    language         TEXT        NOT NULL DEFAULT 'id',
    state            JSONB       NOT NULL,
    -- Every inbound message handled for the address: a batch handled alongside another would lose its count.
    handled_messages BIGINT      NOT NULL DEFAULT 0,
    last_activity_at TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT conversation_one_per_address UNIQUE (channel, address_id)
);

-- Photos sent while a report is drafted, filed with it on confirmation.
CREATE TABLE conversation_attachment (
    id              BIGSERIAL PRIMARY KEY,
    conversation_id BIGINT      NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    draft_id        TEXT        NOT NULL,
    file_name       TEXT        NOT NULL,
    content_type    TEXT        NOT NULL,
    content         BYTEA       NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX conversation_attachment_draft_idx ON conversation_attachment (conversation_id, draft_id, id);
