-- The ingest asks "which of these ids are stored?" with external_post_id IN (...) AND platform = ?.
-- H2 only seeks an index with an IN list on its first column; with platform first it scanned every post
-- of the platform per chunk, which made large imports quadratic. Same uniqueness, columns swapped.
ALTER TABLE post DROP CONSTRAINT uq_post_platform_external;
ALTER TABLE post ADD CONSTRAINT uq_post_external_platform UNIQUE (external_post_id, platform);
