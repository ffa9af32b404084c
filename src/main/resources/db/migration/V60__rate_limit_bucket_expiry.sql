-- Bucket4j writes when each bucket has refilled completely (epoch milliseconds); such a bucket is
-- as good as none, and the messaging recovery task deletes its row. Per-sender inbound buckets
-- (flood control) would otherwise leave a row for every citizen who ever wrote.
ALTER TABLE rate_limit_bucket ADD COLUMN expires_at BIGINT;
CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);
