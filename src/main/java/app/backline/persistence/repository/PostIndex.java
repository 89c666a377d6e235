package app.backline.persistence.repository;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A full-text index of posts kept beside the store, which the store consults for text-filtered feeds (Lucene in
 * the data folder now; a PostgreSQL {@code tsvector} twin can implement it for team mode). The store tells it
 * about every committed change of what it holds, each with the store's search generation after that commit
 * (see V8__search_generation.sql), and falls back to its own SQL whenever a query method answers empty: while
 * the index is not ready, or for a filter it does not handle. Change methods never throw: a failing index
 * only stops answering.
 */
public interface PostIndex extends AutoCloseable {

    /** An index that answers nothing: every text filter runs as SQL. */
    static PostIndex none() {
        return NoPostIndex.INSTANCE;
    }

    /**
     * Called once, when the store is open and recovered: compares the index with {@link PostIndexSource#stamp()}
     * and either answers from now on or catches up in the background (answering nothing meanwhile). Returns at
     * once.
     */
    void attach(PostIndexSource source);

    /**
     * Ids of one page of the artist's feed passing {@code filter}, in feed order (postedAt desc, id desc).
     *
     * @param after {@code null} for the first page
     * @return empty when the index cannot answer (not ready, or a filter it does not handle)
     */
    Optional<SearchHits> page(long artistId, PostFilter filter, FeedCursor after, int limit);

    /** How many of the artist's posts pass {@code filter}; empty when the index cannot answer. */
    OptionalLong count(long artistId, PostFilter filter);

    /** The feed's facet counts ({@link FeedCounts}); empty when the index cannot answer. */
    Optional<FeedCounts> counts(long artistId, PostFilter filter);

    /** These posts were inserted or changed by the commit that raised the generation to {@code generation}. */
    void written(long generation, Collection<Long> postIds);

    /** These posts were deleted by the commit that raised the generation to {@code generation}. */
    void removed(long generation, Collection<Long> postIds);

    /** Every post of the artist was deleted by the commit that raised the generation to {@code generation}. */
    void artistRemoved(long generation, long artistId);

    /** The whole store was replaced (a backup restored); its generation is now {@code generation}. */
    void replaced(long generation);

    /** Commits what it holds and releases its files; safe to call twice. */
    @Override
    void close();
}
