package app.backline.domain;

import java.time.Instant;

/**
 * Keyset position in a feed: the last row of the previous page, with the values every sort order needs.
 *
 * @param engagement likes + comments + shares of that row (unknown counted as 0)
 * @param views      views of that row, -1 when unknown
 */
public record FeedCursor(Instant postedAt, long engagement, long views, long postId) {

    /** A position in a newest-first feed. */
    public FeedCursor(Instant postedAt, long postId) {
        this(postedAt, 0, -1, postId);
    }

    public static FeedCursor after(Post post) {
        Long views = post.metrics().views();
        return new FeedCursor(post.postedAt(), post.metrics().engagement(), views == null ? -1 : views, post.id());
    }
}
