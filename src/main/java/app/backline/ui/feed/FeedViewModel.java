package app.backline.ui.feed;

import app.backline.domain.Artist;
import app.backline.domain.FeedCursor;
import app.backline.domain.FeedPage;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.feed.FeedService;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The selected artist's feed, read page by page (keyset, newest first) as the user scrolls.
 * Every reload starts a new generation; results of an older generation are dropped, so a slow
 * query can never overwrite a newer one.
 */
public final class FeedViewModel {

    /** What the centre of the window shows. */
    public enum State { NO_ARTIST, LOADING, EMPTY_ARTIST, NO_MATCH, READY, FAILED }

    /** The next page is asked for when a row this close to the end is shown. */
    static final int PREFETCH_ROWS = 30;

    private final FeedService feed;
    private final TaskRunner tasks;
    private final FeedFilterViewModel filters;
    private final StatusViewModel status;
    private final Messages messages;
    private final ObjectProperty<Artist> artist = new SimpleObjectProperty<>();
    private final FeedRows rows = new FeedRows();
    private final ObservableList<Post> posts = rows.posts();
    private final FeedTotals totals;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_ARTIST);
    private long generation;
    private PostFilter loadedFilter = PostFilter.all();
    private FeedCursor next;
    private boolean pageInFlight;

    public FeedViewModel(FeedService feed, TaskRunner tasks, FeedFilterViewModel filters,
                         StatusViewModel status, Messages messages) {
        this.feed = feed;
        this.tasks = tasks;
        this.filters = filters;
        this.status = status;
        this.messages = messages;
        this.totals = new FeedTotals(feed, tasks);
        artist.addListener((obs, old, now) -> artistChanged(old, now));
        filters.filterProperty().addListener((obs, old, now) -> reload(null, false));
    }

    /** Reads the feed again from its first page, keeping the selected post if it is still there. */
    public void refresh() {
        reload(rows.selectedId(), false);
    }

    /** Called by the View for each row it shows: near the end, the next page is read. */
    public void rowShown(int index) {
        if (index >= posts.size() - PREFETCH_ROWS) {
            loadMore();
        }
    }

    /** Reads the next page, unless one is on its way or the feed is complete. */
    public void loadMore() {
        Artist current = artist.get();
        if (current == null || next == null || pageInFlight) {
            return;
        }
        long gen = generation;
        FeedCursor after = next;
        PostFilter filter = loadedFilter;
        pageInFlight = true;
        tasks.run(progress -> feed.page(current.id(), filter, after), page -> {
            if (gen == generation) {
                append(page);
            }
        }, failure -> failed(gen, failure, false));
    }

    private void artistChanged(Artist old, Artist now) {
        if (old == null || now == null || old.id() != now.id()) {
            reload(null, true);
        } else if (old.postCount() != now.postCount() && !pageInFlight && (posts.isEmpty() || !pastFirstPage())) {
            // a sync or import brought posts while the feed was shown: read it again, unless the user has
            // scrolled into later pages, where replacing the rows would throw them back to the top
            refresh();
        } else if (posts.isEmpty() && state.get() != State.LOADING) {
            state.set(emptyState(now, loadedFilter));
        }
    }

    private boolean pastFirstPage() {
        return posts.size() > FeedService.PAGE_SIZE;
    }

    /**
     * Starts a new generation. The rows on screen stay until the new first page replaces them (no
     * flicker while typing a search), except when the artist changed.
     */
    private void reload(Long keepSelected, boolean clearNow) {
        long gen = ++generation;
        if (clearNow) {
            rows.clear();
            totals.clear();
        }
        next = null;
        Artist current = artist.get();
        loadedFilter = filters.filterProperty().get();
        pageInFlight = current != null;
        if (current == null) {
            posts.clear();
            state.set(State.NO_ARTIST);
            return;
        }
        if (posts.isEmpty()) {
            state.set(State.LOADING);
        }
        readFirstPage(gen, current, loadedFilter, keepSelected);
    }

    /**
     * The first page, then the counts: counting scans every post of the artist (seconds for a large one), so
     * it starts only once the rows are on their way to the screen instead of competing with their query.
     */
    private void readFirstPage(long gen, Artist current, PostFilter filter, Long keepSelected) {
        tasks.run(progress -> feed.page(current.id(), filter, null), page -> {
            if (gen == generation) {
                firstPage(page, current, keepSelected);
                totals.read(current.id(), filter, failure -> failed(gen, failure, false));
            }
        }, failure -> failed(gen, failure, true));
    }

    /**
     * A post changed elsewhere (its tags were corrected): its row shows the new version, the selection
     * follows it, and the counts are read again. The row stays even if it no longer passes the filter,
     * so that it does not vanish under the user's pointer.
     */
    public void postUpdated(Post updated) {
        rows.replace(updated);
        Artist current = artist.get();
        if (current != null && current.id() == updated.artistId()) {
            long gen = generation;
            totals.read(current.id(), loadedFilter, failure -> failed(gen, failure, false));
        }
    }

    private void firstPage(FeedPage page, Artist current, Long keepSelected) {
        pageInFlight = false;
        next = page.next();
        rows.showFirstPage(page.posts(), keepSelected);
        state.set(posts.isEmpty() ? emptyState(current, loadedFilter) : State.READY);
    }

    private void append(FeedPage page) {
        pageInFlight = false;
        next = page.next();
        rows.append(page.posts());
    }

    private static State emptyState(Artist current, PostFilter filter) {
        return current.postCount() == 0 || !FeedFilterViewModel.isNarrowing(filter) ? State.EMPTY_ARTIST
                : State.NO_MATCH;
    }

    private void failed(long gen, Throwable failure, boolean firstPage) {
        if (gen != generation) {
            return;
        }
        pageInFlight = false;
        if (firstPage) {
            posts.clear();
            state.set(State.FAILED);
        }
        status.error(Problems.userText(failure, messages));
    }

    /** Which captions are shown in full; forgotten when a new first page arrives. */
    public ExpandedCaptions expanded() {
        return rows.expanded();
    }

    /** Whether more pages remain to be read. */
    public boolean hasMore() {
        return next != null;
    }

    public ObjectProperty<Artist> artistProperty() {
        return artist;
    }

    public ObservableList<Post> posts() {
        return posts;
    }

    public ObjectProperty<Post> selectedProperty() {
        return rows.selectedProperty();
    }

    /** Posts passing the filter, -1 until counted. */
    public ReadOnlyLongProperty totalProperty() {
        return totals.totalProperty();
    }

    /** The total and the facet counts of the filter in effect. */
    public FeedTotals totals() {
        return totals;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Counts first pages shown; the View scrolls back to the top when it changes. */
    public ReadOnlyLongProperty firstPagesProperty() {
        return rows.firstPagesProperty();
    }

    public FeedFilterViewModel filters() {
        return filters;
    }
}
