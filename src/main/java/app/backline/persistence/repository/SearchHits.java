package app.backline.persistence.repository;

import app.backline.domain.FeedCursor;
import java.util.List;

/**
 * One page of a search: post ids in feed order.
 *
 * @param next keyset position after the last hit, {@code null} when this is the last page
 */
public record SearchHits(List<Long> postIds, FeedCursor next) {

    public SearchHits {
        postIds = List.copyOf(postIds);
    }
}
