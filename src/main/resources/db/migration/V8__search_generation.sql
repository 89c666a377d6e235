-- The app-managed full-text index of posts (Lucene, in <data dir>/search-index) is kept beside the store,
-- not in it. Every transaction that changes what the index holds (post text, tags, flags, dates, deletions)
-- adds 1 to this counter as its last statement, so the counter names the store's state; the index records
-- the counter it reflects in its commit. On open, a different number (a crash between the two commits, a
-- restored backup, a deleted index) makes the index catch up from scratch in the background while search
-- falls back to SQL. See docs/decisions/search-index.md.
CREATE TABLE search_generation (
    id         INTEGER NOT NULL PRIMARY KEY,   -- always 1
    generation BIGINT  NOT NULL,
    store_id   VARCHAR(36)                     -- random, set on first use: an index built for another store never matches
);
INSERT INTO search_generation (id, generation) VALUES (1, 0);
