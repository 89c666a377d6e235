package app.backline.platform;

import app.backline.domain.PostDraft;

import java.util.List;

/**
 * One page of posts as the platform returned it, newest first.
 *
 * @param nextCursor opaque cursor for the next page ({@code after} cursor, page token, pagination token,
 *                   {@code start} offset or TikTok ms cursor, as text); {@code null} on the last page
 * @param skipped    plain-words notes on items the platform reported but could not return
 *                   (X deleted posts in a partial success); empty normally
 */
public record PostPage(List<PostDraft> posts, String nextCursor, List<String> skipped) {

    public PostPage {
        posts = List.copyOf(posts);
        skipped = List.copyOf(skipped == null ? List.of() : skipped);
    }

    public PostPage(List<PostDraft> posts, String nextCursor) {
        this(posts, nextCursor, List.of());
    }

    public boolean last() {
        return nextCursor == null;
    }
}
