-- Feature tables come in their own migrations; this one only proves the chain starts.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
