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
 * Read in the background as their own query; only the answer to the latest request is shown. Counting a
 * large artist's feed scans all its posts (seconds at a million posts), so one count runs at a time: a
 * request made meanwhile waits for it, and of several waiting only the latest runs. Switching artists quickly
 * therefore never piles up scans that would starve the next artist's first page of CPU.
 */
public final class FeedTotals {

    private final FeedService feed;
    private final TaskRunner tasks;
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyObjectWrapper<FeedCounts> counts = new ReadOnlyObjectWrapper<>();
    private long latest;
    private Request waiting;
    private boolean counting;

    private record Request(long id, long artistId, PostFilter filter, Consumer<Throwable> onFailure) {
    }

    FeedTotals(FeedService feed, TaskRunner tasks) {
        this.feed = feed;
        this.tasks = tasks;
    }

    /** Counts again; the answer replaces the shown counts unless a newer request was made meanwhile. */
    void read(long artistId, PostFilter filter, Consumer<Throwable> onFailure) {
        waiting = new Request(++latest, artistId, filter, onFailure);
        if (!counting) {
            countWaiting();
        }
    }

    private void countWaiting() {
        Request request = waiting;
        waiting = null;
        if (request == null) {
            return;
        }
        counting = true;
        tasks.run(progress -> feed.counts(request.artistId(), request.filter()), counted -> {
            counting = false;
            if (request.id() == latest) {
                counts.set(counted);
                total.set(counted.total());
            }
            countWaiting();
        }, failure -> {
            counting = false;
            if (request.id() == latest) {
                request.onFailure().accept(failure);
            }
            countWaiting();
        });
    }

    /** Nothing counted (another artist, or none); drops answers still on their way and requests not started. */
    void clear() {
        latest++;
        waiting = null;
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
