package app.backline.domain;

import java.util.Map;

/**
 * Facet counts above a feed.
 *
 * @param total      posts passing the whole filter
 * @param byPlatform posts per platform passing the filter except its platform choice; absent platforms have none
 * @param byTag      posts per tag passing the filter except its tag choice; every tag present
 */
public record FeedCounts(long total, Map<Platform, Long> byPlatform, Map<Tag, Long> byTag) {

    public FeedCounts {
        byPlatform = Map.copyOf(byPlatform);
        byTag = Map.copyOf(byTag);
    }
}
