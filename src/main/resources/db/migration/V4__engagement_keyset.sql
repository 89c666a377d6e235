-- Keyset paging needs non-null sort keys: views_rank is views, or -1 when the platform does not say.
ALTER TABLE post ADD COLUMN views_rank BIGINT DEFAULT -1 NOT NULL;
UPDATE post SET views_rank = COALESCE(views, -1);
DROP INDEX ix_post_engagement;
CREATE INDEX ix_post_engagement ON post (artist_id, engagement DESC, views_rank DESC, id DESC);
