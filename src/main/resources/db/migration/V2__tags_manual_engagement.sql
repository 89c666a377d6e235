-- Staff corrections of tags always beat the rules, also when the rules run again.
ALTER TABLE post ADD COLUMN tags_manual BOOLEAN DEFAULT FALSE NOT NULL;

-- likes + comments + shares (unknown counted as 0), maintained on every write, so "sort by engagement"
-- reads an index in order instead of sorting the artist's rows; views break ties.
ALTER TABLE post ADD COLUMN engagement BIGINT DEFAULT 0 NOT NULL;
UPDATE post SET engagement = COALESCE(likes, 0) + COALESCE(comments, 0) + COALESCE(shares, 0);
CREATE INDEX ix_post_engagement ON post (artist_id, engagement DESC, views DESC, id DESC);
