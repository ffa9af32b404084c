-- What an Open311 (GeoReport v2) client sent with a service request beyond the report itself:
-- which client filed it, the coordinates and address it gave and the link to its media.
CREATE TABLE open311_request (
    tracking_id    TEXT PRIMARY KEY REFERENCES complaint (tracking_id),
    client         TEXT             NOT NULL,
    lat            DOUBLE PRECISION CHECK (lat BETWEEN -90 AND 90),
    long           DOUBLE PRECISION CHECK (long BETWEEN -180 AND 180),
    address_string TEXT,
    media_url      TEXT,
    received_at    TIMESTAMPTZ      NOT NULL
);
