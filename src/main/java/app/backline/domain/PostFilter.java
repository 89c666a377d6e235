package app.backline.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Which of an artist's posts a feed, count or export shows.
 *
 * @param platforms      empty means every platform
 * @param text           case-insensitive words that caption, hashtags or mentions must contain; blank for none
 * @param includeReplies whether replies to other posts are shown
 * @param includeReposts whether reposts (retweets) are shown
 * @param tag            only posts with this tag, {@code null} for all
 * @param from           inclusive lower bound of postedAt (UTC), {@code null} for none
 * @param to             exclusive upper bound of postedAt (UTC), {@code null} for none
 * @param sort           order of the feed; NEWEST when {@code null}
 */
public record PostFilter(
        Set<Platform> platforms,
        String text,
        boolean includeReplies,
        boolean includeReposts,
        Tag tag,
        Instant from,
        Instant to,
        FeedSort sort) {

    public PostFilter {
        platforms = Set.copyOf(platforms);
        text = text == null ? "" : text.strip();
        sort = sort == null ? FeedSort.NEWEST : sort;
    }

    /** A filter in newest-first order. */
    public PostFilter(Set<Platform> platforms, String text, boolean includeReplies, boolean includeReposts, Tag tag,
                      Instant from, Instant to) {
        this(platforms, text, includeReplies, includeReposts, tag, from, to, FeedSort.NEWEST);
    }

    /** Every post of the artist, newest first. */
    public static PostFilter all() {
        return new PostFilter(Set.of(), "", true, true, null, null, null, FeedSort.NEWEST);
    }

    /** @param newFrom inclusive, UTC, {@code null} for none; @param newTo exclusive, UTC, {@code null} for none */
    public PostFilter withDates(Instant newFrom, Instant newTo) {
        return new PostFilter(platforms, text, includeReplies, includeReposts, tag, newFrom, newTo, sort);
    }

    public PostFilter withSort(FeedSort newSort) {
        return new PostFilter(platforms, text, includeReplies, includeReposts, tag, from, to, newSort);
    }

    public PostFilter withPlatforms(Set<Platform> newPlatforms) {
        return new PostFilter(newPlatforms, text, includeReplies, includeReposts, tag, from, to, sort);
    }

    public PostFilter withText(String newText) {
        return new PostFilter(platforms, newText, includeReplies, includeReposts, tag, from, to, sort);
    }

    public PostFilter withReplies(boolean include) {
        return new PostFilter(platforms, text, include, includeReposts, tag, from, to, sort);
    }

    public PostFilter withReposts(boolean include) {
        return new PostFilter(platforms, text, includeReplies, include, tag, from, to, sort);
    }

    public PostFilter withTag(Tag newTag) {
        return new PostFilter(platforms, text, includeReplies, includeReposts, newTag, from, to, sort);
    }
}
