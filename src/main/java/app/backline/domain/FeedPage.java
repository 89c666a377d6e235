package app.backline.domain;

import java.util.List;

/**
 * One page of a feed, newest first.
 *
 * @param next cursor for the following page, {@code null} on the last page
 */
public record FeedPage(List<Post> posts, FeedCursor next) {

    public FeedPage {
        posts = List.copyOf(posts);
    }

    public boolean hasMore() {
        return next != null;
    }
}
