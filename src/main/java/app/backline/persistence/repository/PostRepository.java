package app.backline.persistence.repository;

import app.backline.common.Progress;
import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.FeedPage;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import java.util.Optional;
import java.util.function.Consumer;

/** Posts: keyset-paged feed reads and transactional, idempotent writes. */
public interface PostRepository {

    /**
     * One page of the artist's feed, newest first (postedAt desc, id desc), using the feed indexes.
     *
     * @param after {@code null} for the first page
     * @param limit rows per page, 1–1000
     */
    FeedPage page(long artistId, PostFilter filter, FeedCursor after, int limit);

    /**
     * Hands every post passing the filter to {@code sink}, in the feed's order, for exports: reads page by page
     * and never holds more than one page, whatever the feed's size.
     *
     * @param limit at most this many posts, at least 1
     * @return how many posts were handed over
     */
    int forEach(long artistId, PostFilter filter, int limit, Consumer<Post> sink);

    /** How many of the artist's posts pass the filter. */
    long count(long artistId, PostFilter filter);

    /** Total, per-platform and per-tag counts for the feed's facet bar. */
    FeedCounts counts(long artistId, PostFilter filter);

    Optional<Post> findById(long postId);

    /**
     * Sets a post's tags by hand. From then on enrichment never changes them, also when the rules run again.
     *
     * @return the updated post, empty when there is no such post
     */
    Optional<Post> setTagsManually(long postId, java.util.Set<app.backline.domain.Tag> tags);

    /**
     * Writes the batch in one transaction: resolves (or creates) the artist and the account, then
     * upserts every post by (platform, externalPostId) — new rows are inserted, existing rows get the
     * new metrics and fields. Running the same batch twice adds nothing. Reports progress per post.
     *
     * @throws app.backline.common.CancelledException when progress says cancelled; nothing is written
     */
    IngestResult ingest(IngestBatch batch, Progress progress);
}
