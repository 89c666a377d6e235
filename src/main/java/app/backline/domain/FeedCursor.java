package app.backline.domain;

import java.time.Instant;

/** Keyset position in a feed ordered newest first: the last row of the previous page. */
public record FeedCursor(Instant postedAt, long postId) {

    public static FeedCursor after(Post post) {
        return new FeedCursor(post.postedAt(), post.id());
    }
}
