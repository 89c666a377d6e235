package app.backline.feed;

import app.backline.domain.FeedPage;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.persistence.repository.PostRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Reads an artist's feed page by page, newest first; never loads the whole feed at once. */
public final class FeedService {

    /** Rows per page the UI asks for. */
    public static final int PAGE_SIZE = 100;

    private final PostRepository posts;
    private final Consumer<List<Post>> shown;

    public FeedService(PostRepository posts) {
        this(posts, page -> { });
    }

    /**
     * @param shown receives each page the feed loads, on the loading thread (the media cache keeps what the
     *              feed shows longest); it must return at once
     */
    public FeedService(PostRepository posts, Consumer<List<Post>> shown) {
        this.posts = posts;
        this.shown = shown;
    }

    /** A page for the feed to show. @param after {@code null} for the first page */
    public FeedPage page(long artistId, PostFilter filter, FeedCursor after) {
        FeedPage page = posts.page(artistId, filter, after, PAGE_SIZE);
        shown.accept(page.posts());
        return page;
    }

    public long count(long artistId, PostFilter filter) {
        return posts.count(artistId, filter);
    }

    public Optional<Post> find(long postId) {
        return posts.findById(postId);
    }

    /** Total, per-platform and per-tag counts for the facet bar above the feed. */
    public FeedCounts counts(long artistId, PostFilter filter) {
        return posts.counts(artistId, filter);
    }

    /**
     * Staff correct a post's tags; from then on the rules never change them.
     *
     * @return the updated post, empty when it no longer exists
     */
    public Optional<Post> setTags(long postId, Set<Tag> tags) {
        return posts.setTagsManually(postId, tags);
    }

    /**
     * Hands every post passing the filter to {@code sink}, newest first, streaming page by page from the store
     * (memory does not grow with the feed).
     *
     * @param limit at most this many posts; {@code null} or &lt;= 0 for all
     * @return how many posts were handed over
     */
    public int forEach(long artistId, PostFilter filter, Integer limit, Consumer<Post> sink) {
        return posts.forEach(artistId, filter, limit == null || limit <= 0 ? Integer.MAX_VALUE : limit, sink);
    }

    /** The artist's newest posts passing the filter, at most {@code limit}. */
    public List<Post> newest(long artistId, PostFilter filter, int limit) {
        List<Post> out = new ArrayList<>();
        forEach(artistId, filter, limit, out::add);
        return out;
    }
}
