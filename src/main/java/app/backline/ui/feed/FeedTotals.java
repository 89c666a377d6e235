package app.backline.ui.feed;

import app.backline.domain.FeedCounts;
import app.backline.domain.PostFilter;
import app.backline.feed.FeedService;
import app.backline.ui.fx.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The numbers above the feed: posts passing the filter, and the facet counts per platform and per tag.
 * Read in the background as their own query; only the answer to the latest request is shown.
 */
public final class FeedTotals {

    private final FeedService feed;
    private final TaskRunner tasks;
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyObjectWrapper<FeedCounts> counts = new ReadOnlyObjectWrapper<>();
    private long latest;

    FeedTotals(FeedService feed, TaskRunner tasks) {
        this.feed = feed;
        this.tasks = tasks;
    }

    /** Counts again; the answer replaces the shown counts unless a newer request was made meanwhile. */
    void read(long artistId, PostFilter filter, Consumer<Throwable> onFailure) {
        long request = ++latest;
        tasks.run(progress -> feed.counts(artistId, filter), counted -> {
            if (request == latest) {
                counts.set(counted);
                total.set(counted.total());
            }
        }, failure -> {
            if (request == latest) {
                onFailure.accept(failure);
            }
        });
    }

    /** Nothing counted (another artist, or none); drops answers still on their way. */
    void clear() {
        latest++;
        total.set(-1);
        counts.set(null);
    }

    /** Posts passing the filter, -1 until counted. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Total, per-platform and per-tag counts; {@code null} until counted. */
    public ReadOnlyObjectProperty<FeedCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
