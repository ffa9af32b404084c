-- Reports and their workflow. Statuses, kinds, categories and agency types are the Java enums'
-- names; due dates are calendar dates in Indonesian western time (the deadline passes at the end
-- of that day); an *_escalated_at marks a missed deadline already escalated.
CREATE TABLE complaint (
    id                        BIGSERIAL PRIMARY KEY,
    tracking_id               TEXT        NOT NULL UNIQUE CHECK (tracking_id ~ '^LPR-[A-Z0-9]{4}-[A-Z0-9]{4}$'),
    client_reference          TEXT UNIQUE,
    kind                      TEXT        NOT NULL,
    category                  TEXT        NOT NULL,
    agency_type               TEXT        NOT NULL,
    status                    TEXT        NOT NULL,
    agency_code               TEXT REFERENCES agency (code),
    routed_agency_code        TEXT        NOT NULL REFERENCES agency (code),
    routing_reason            TEXT        NOT NULL,
    routing_explanation       TEXT        NOT NULL,
    region_code               TEXT,
    place_text                TEXT,
    incident_date             DATE,
    description               TEXT        NOT NULL,
    reporter_name             TEXT,
    reporter_contact          TEXT,
    privacy                   TEXT        NOT NULL,
    origin_channel            TEXT        NOT NULL,
    sender_address            TEXT,
    suggested_category        TEXT,
    suggested_agency_type     TEXT,
    suggestion_confidence     DOUBLE PRECISION,
    filed_at                  TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    verification_due          DATE,
    verification_escalated_at TIMESTAMPTZ,
    follow_up_due             DATE,
    follow_up_escalated_at    TIMESTAMPTZ,
    completion_due            DATE,
    completion_escalated_at   TIMESTAMPTZ,
    citizen_reply_due         DATE,
    rating                    INTEGER CHECK (rating BETWEEN 1 AND 5),
    rating_comment            TEXT,
    rated_at                  TIMESTAMPTZ
);

CREATE INDEX complaint_status_idx ON complaint (status);
CREATE INDEX complaint_agency_idx ON complaint (agency_code);
CREATE INDEX complaint_reporter_idx ON complaint (origin_channel, sender_address);
CREATE INDEX complaint_filed_at_idx ON complaint (filed_at);

CREATE TABLE complaint_attachment (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT      NOT NULL REFERENCES complaint (id),
    file_name    TEXT        NOT NULL,
    content_type TEXT        NOT NULL,
    size_bytes   INTEGER     NOT NULL,
    content      BYTEA       NOT NULL,
    added_at     TIMESTAMPTZ NOT NULL
);

CREATE INDEX complaint_attachment_complaint_idx ON complaint_attachment (complaint_id);

-- The history: append-only. Rows are inserted, never changed or removed (enforced below).
CREATE TABLE complaint_event (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT      NOT NULL REFERENCES complaint (id),
    occurred_at  TIMESTAMPTZ NOT NULL,
    type         TEXT        NOT NULL,
    actor        TEXT        NOT NULL,
    actor_role   TEXT        NOT NULL,
    from_status  TEXT,
    to_status    TEXT,
    note         TEXT,
    deadline     TEXT,
    deadline_due DATE
);

CREATE INDEX complaint_event_complaint_idx ON complaint_event (complaint_id, id);

-- A missed deadline escalates once, even should two checks ever race.
CREATE UNIQUE INDEX complaint_event_one_escalation_idx
    ON complaint_event (complaint_id, deadline, deadline_due) WHERE type = 'ESCALATED';

CREATE FUNCTION complaint_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'complaint_event is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER complaint_event_append_only
    BEFORE UPDATE OR DELETE ON complaint_event
    FOR EACH ROW EXECUTE FUNCTION complaint_event_is_append_only();
