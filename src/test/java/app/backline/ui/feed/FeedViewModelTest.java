package app.backline.ui.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.ui.TestStore;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.feed.FeedViewModel.State;
import app.backline.ui.fx.Delay;
import app.backline.ui.fx.ManualTaskRunner;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedViewModelTest {

    @TempDir
    Path dir;
    private TestStore store;
    private FeedFilterViewModel filters;
    private FeedViewModel model;

    @BeforeEach
    void setUp() {
        store = new TestStore(dir);
        filters = new FeedFilterViewModel(Delay.immediate(), ZoneOffset.UTC);
        model = newModel(TaskRunner.inline());
    }

    private FeedViewModel newModel(TaskRunner runner) {
        return new FeedViewModel(store.feed(), runner, filters, new StatusViewModel(), Messages.load(Locale.US));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Artist artist(String name) {
        return store.roster().findByName(name).orElseThrow();
    }

    @Test
    void loadsTheFirstPageAndTheTotal() {
        store.seed("Ada", Platform.X, 250, "x");
        model.artistProperty().set(artist("Ada"));
        assertEquals(100, model.posts().size());
        assertEquals(250, model.totalProperty().get());
        assertEquals(State.READY, model.stateProperty().get());
        assertEquals("x number 0", model.posts().get(0).caption(), "newest first");
        assertTrue(model.hasMore());
    }

    @Test
    void loadsTheNextPageOnlyWhenARowNearTheEndIsShown() {
        store.seed("Ada", Platform.X, 250, "x");
        model.artistProperty().set(artist("Ada"));
        model.rowShown(40);
        assertEquals(100, model.posts().size());
        model.rowShown(100 - FeedViewModel.PREFETCH_ROWS);
        assertEquals(200, model.posts().size());
        model.rowShown(199);
        assertEquals(250, model.posts().size());
        assertFalse(model.hasMore());
        model.rowShown(249);
        assertEquals(250, model.posts().size());
        assertEquals(250, model.posts().stream().map(Post::id).distinct().count(), "no row twice");
    }

    @Test
    void postsThatArriveWhileTheFeedIsShownAppearUnlessTheUserScrolledOn() {
        store.seed("Ada", Platform.X, 20, "old");
        model.artistProperty().set(artist("Ada"));
        assertEquals(20, model.posts().size());
        store.ingest("Ada", Platform.INSTAGRAM, List.of(
                TestStore.post(Platform.INSTAGRAM, "fresh", "just synced", Instant.now(), false, false)));
        model.artistProperty().set(artist("Ada"));
        assertEquals(21, model.posts().size(), "the roster's new count made the feed read again");
        assertEquals("just synced", model.posts().get(0).caption());

        store.seed("Bo", Platform.X, 250, "bo");
        model.artistProperty().set(artist("Bo"));
        model.rowShown(100 - FeedViewModel.PREFETCH_ROWS);
        assertEquals(200, model.posts().size());
        store.ingest("Bo", Platform.INSTAGRAM, List.of(
                TestStore.post(Platform.INSTAGRAM, "fresh-bo", "just synced", Instant.now(), false, false)));
        model.artistProperty().set(artist("Bo"));
        assertEquals(200, model.posts().size(), "two pages down, the rows stay put");
    }

    @Test
    void aFilterChangeReloadsFromPageOne() {
        store.seed("Ada", Platform.X, 150, "tweet");
        store.seed("Ada", Platform.INSTAGRAM, 30, "gram");
        model.artistProperty().set(artist("Ada"));
        model.rowShown(99);
        assertEquals(180, model.posts().size());

        filters.platformProperty(Platform.INSTAGRAM).set(true);
        assertEquals(30, model.posts().size());
        assertEquals(30, model.totalProperty().get());
        assertTrue(model.posts().stream().allMatch(p -> p.platform() == Platform.INSTAGRAM));

        filters.searchProperty().set("number 29");
        assertEquals(List.of("gram number 29"), model.posts().stream().map(Post::caption).toList());
    }

    @Test
    void repliesAndRepostsToggles() {
        store.ingest("Ada", Platform.X, List.of(
                TestStore.post(Platform.X, "1", "original", TestStore.T0, false, false),
                TestStore.post(Platform.X, "2", "a reply", TestStore.T0.minusSeconds(60), true, false),
                TestStore.post(Platform.X, "3", "a retweet", TestStore.T0.minusSeconds(120), false, true)));
        model.artistProperty().set(artist("Ada"));
        assertEquals(3, model.posts().size());
        filters.repliesProperty().set(false);
        assertEquals(List.of("original", "a retweet"), model.posts().stream().map(Post::caption).toList());
        filters.repostsProperty().set(false);
        assertEquals(List.of("original"), model.posts().stream().map(Post::caption).toList());
    }

    @Test
    void emptyStatesTellNoPostsFromNoMatches() {
        store.roster().add("Newcomer");
        store.seed("Ada", Platform.X, 5, "x");
        model.artistProperty().set(artist("Newcomer"));
        assertEquals(State.EMPTY_ARTIST, model.stateProperty().get());
        model.artistProperty().set(artist("Ada"));
        filters.searchProperty().set("nothing like this");
        assertEquals(State.NO_MATCH, model.stateProperty().get());
        assertTrue(filters.narrowedProperty().get());
        filters.clear();
        assertEquals(State.READY, model.stateProperty().get());
        assertEquals(5, model.posts().size());
        assertFalse(filters.narrowedProperty().get());
        model.artistProperty().set(null);
        assertEquals(State.NO_ARTIST, model.stateProperty().get());
        assertTrue(model.posts().isEmpty());
    }

    @Test
    void staleResultsOfAnOlderQueryNeverOverwriteNewerOnes() {
        store.seed("Ada", Platform.X, 20, "tweet");
        store.seed("Ada", Platform.INSTAGRAM, 10, "gram");
        ManualTaskRunner runner = new ManualTaskRunner();
        model = newModel(runner);
        model.artistProperty().set(artist("Ada"));
        runner.completeAll();
        assertEquals(30, model.posts().size());

        filters.searchProperty().set("tweet");        // older query: its page pending
        filters.searchProperty().set("gram");         // newer query
        assertEquals(2, runner.pendingCount());
        runner.complete(1);                           // newer page first, then its count
        runner.complete(1);
        assertEquals(10, model.posts().size());
        runner.completeAll();                         // the older query ends last
        assertEquals(10, model.posts().size());
        assertEquals(10, model.totalProperty().get());
        assertTrue(model.posts().stream().allMatch(p -> p.caption().startsWith("gram")));
    }

    @Test
    void theCountsAreReadOnlyOnceTheFirstPageIsIn() {
        store.seed("Ada", Platform.X, 20, "tweet");
        ManualTaskRunner runner = new ManualTaskRunner();
        model = newModel(runner);
        model.artistProperty().set(artist("Ada"));
        assertEquals(1, runner.pendingCount(), "only the first page: counting would compete with it");
        runner.complete(0);
        assertEquals(20, model.posts().size());
        assertEquals(-1, model.totalProperty().get());
        assertEquals(1, runner.pendingCount(), "now the counts");
        runner.complete(0);
        assertEquals(20, model.totalProperty().get());
    }

    @Test
    void oneCountRunsAtATimeAndOnlyTheLatestWaitingOneFollows() {
        store.seed("Ada", Platform.X, 20, "tweet");
        store.seed("Ada", Platform.INSTAGRAM, 10, "gram");
        ManualTaskRunner runner = new ManualTaskRunner();
        model = newModel(runner);
        model.artistProperty().set(artist("Ada"));
        runner.complete(0);                           // first page; its count starts
        filters.searchProperty().set("tweet");
        runner.complete(1);                           // the "tweet" page; its count waits
        filters.searchProperty().set("gram");
        runner.complete(1);                           // the "gram" page; its count waits, "tweet"'s is dropped
        assertEquals(1, runner.pendingCount(), "only the first count is running");
        runner.complete(0);
        assertEquals(-1, model.totalProperty().get(), "an answer to an older request is not shown");
        assertEquals(1, runner.pendingCount(), "the latest count follows");
        runner.complete(0);
        assertEquals(10, model.totalProperty().get());
        assertEquals(0, runner.pendingCount());
    }

    @Test
    void aLatePageOfAnOlderQueryIsDropped() {
        store.seed("Ada", Platform.X, 150, "tweet");
        ManualTaskRunner runner = new ManualTaskRunner();
        model = newModel(runner);
        model.artistProperty().set(artist("Ada"));
        runner.completeAll();
        model.rowShown(99);                           // next page pending
        filters.repostsProperty().set(false);         // reload pending
        runner.complete(1);
        runner.complete(1);
        runner.completeAll();                         // the old second page arrives last
        assertEquals(100, model.posts().size());
        model.rowShown(99);
        runner.completeAll();
        assertEquals(150, model.posts().size());
    }

    @Test
    void refreshKeepsTheSelectedPost() {
        store.seed("Ada", Platform.X, 5, "x");
        model.artistProperty().set(artist("Ada"));
        Post third = model.posts().get(2);
        model.selectedProperty().set(third);
        model.expanded().setExpanded(third, true);
        model.refresh();
        assertEquals(third.id(), model.selectedProperty().get().id());
        model.artistProperty().set(null);
        assertNull(model.selectedProperty().get());
    }
}
