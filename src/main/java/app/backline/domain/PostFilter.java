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
 */
public record PostFilter(
        Set<Platform> platforms,
        String text,
        boolean includeReplies,
        boolean includeReposts,
        Tag tag,
        Instant from,
        Instant to) {

    public PostFilter {
        platforms = Set.copyOf(platforms);
        text = text == null ? "" : text.strip();
    }

    /** Every post of the artist. */
    public static PostFilter all() {
        return new PostFilter(Set.of(), "", true, true, null, null, null);
    }

    public PostFilter withPlatforms(Set<Platform> newPlatforms) {
        return new PostFilter(newPlatforms, text, includeReplies, includeReposts, tag, from, to);
    }

    public PostFilter withText(String newText) {
        return new PostFilter(platforms, newText, includeReplies, includeReposts, tag, from, to);
    }

    public PostFilter withReplies(boolean include) {
        return new PostFilter(platforms, text, include, includeReposts, tag, from, to);
    }

    public PostFilter withReposts(boolean include) {
        return new PostFilter(platforms, text, includeReplies, include, tag, from, to);
    }

    public PostFilter withTag(Tag newTag) {
        return new PostFilter(platforms, text, includeReplies, includeReposts, newTag, from, to);
    }
}
