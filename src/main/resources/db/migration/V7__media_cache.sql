-- Media cache for offline browsing (issue 4): thumbnails and images downloaded at sync time into
-- <data dir>/media/cache. Portable SQL (H2 now, PostgreSQL in team mode).

-- Download state per media row: a failed download is retried after next_fetch_at (exponential backoff).
ALTER TABLE media_item ADD COLUMN fetch_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE media_item ADD COLUMN next_fetch_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE media_item ADD COLUMN fetch_error VARCHAR(300);
-- "Pending" scan (local_path IS NULL, due) and "which rows show this cached file" (local_path = ?).
CREATE INDEX ix_media_pending ON media_item (local_path, next_fetch_at);

-- One row per downloaded file, keyed by the SHA-256 of its URL without the query string (Instagram and
-- TikTok sign their CDN URLs anew on every sync: same image, new query). Kept apart from media_item because
-- a re-synced post may get new media rows, and several rows may show one file. Archive copies never have a
-- row here, so eviction cannot reach them.
CREATE TABLE media_cache (
    url_key        VARCHAR(64)  NOT NULL PRIMARY KEY,
    local_path     VARCHAR(200) NOT NULL,   -- media/cache/ab/<url_key>.<ext>, relative to the data dir
    bytes          BIGINT       NOT NULL,
    fetched_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- Least-recently-used order: the feed showing the file, else the post's publication time, so that
    -- images of new posts outlive those of old posts nobody looked at.
    last_access_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_media_cache_path UNIQUE (local_path)
);
CREATE INDEX ix_media_cache_lru ON media_cache (last_access_at, url_key);
