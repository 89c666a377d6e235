package app.backline.persistence.repository;

import app.backline.domain.Platform;
import app.backline.domain.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a {@link PostIndex} holds of one stored post: the filter and order columns of the feed and the text its
 * search matches (the caption, hashtags and mentions, as the feed's SQL text filter does).
 *
 * @param postedAt publication time as stored (UTC, microseconds): the feed's order and keyset
 * @param hashtags without '#'
 * @param mentions without '@'
 */
public record IndexedPost(long id, long artistId, Platform platform, Instant postedAt, Set<Tag> tags,
                          boolean reply, boolean repost, String caption, List<String> hashtags,
                          List<String> mentions) {

    public IndexedPost {
        tags = Set.copyOf(tags);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
    }
}
