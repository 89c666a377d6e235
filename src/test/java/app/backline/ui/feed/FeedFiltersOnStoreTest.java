package app.backline.ui.feed;

import static app.backline.ui.TestStore.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedSort;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.Tag;
import app.backline.ui.TestStore;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.feed.FeedViewModel.State;
import app.backline.ui.fx.Delay;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sort, date range, tag filter and facet counts, through the ViewModels on a real store. */
class FeedFiltersOnStoreTest {

    /** UTC+1 in March: a Berlin day starts at 23:00 UTC the day before. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    private TestStore store;
    private FeedFilterViewModel filters;
    private FeedViewModel model;

    @BeforeEach
    void setUp() {
        store = new TestStore(dir);
        store.ingest("Ada", Platform.X, List.of(
                tagged(Platform.X, "x1", "album out", at("2024-03-10T10:00:00Z"), new Metrics(5L, 1L, 0L, null),
                        Tag.RELEASE),
                tagged(Platform.X, "x2", "tour dates", at("2024-03-09T23:30:00Z"), new Metrics(50L, 10L, 40L, null),
                        Tag.SHOW),
                tagged(Platform.X, "x3", "hoodies", at("2024-03-05T12:00:00Z"), new Metrics(20L, 0L, 0L, 900L),
                        Tag.MERCH, Tag.RELEASE)));
        store.ingest("Ada", Platform.TIKTOK, List.of(
                tagged(Platform.TIKTOK, "t1", "dance", at("2024-03-08T12:00:00Z"), new Metrics(20L, 0L, 0L, 100L),
                        Tag.GENERAL),
                tagged(Platform.TIKTOK, "t2", "new single teaser", at("2024-02-20T12:00:00Z"), Metrics.NONE,
                        Tag.RELEASE)));
        filters = new FeedFilterViewModel(Delay.immediate(), BERLIN);
        model = new FeedViewModel(store.feed(), TaskRunner.inline(), filters, new StatusViewModel(),
                Messages.load(Locale.US));
        model.artistProperty().set(store.roster().findByName("Ada").orElseThrow());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private List<String> captions() {
        return model.posts().stream().map(Post::caption).toList();
    }

    @Test
    void sortsByEngagementWithViewsBreakingTies() {
        assertEquals(List.of("album out", "tour dates", "dance", "hoodies", "new single teaser"), captions());
        filters.sortProperty().set(FeedSort.ENGAGEMENT);
        assertEquals(List.of("tour dates", "hoodies", "dance", "album out", "new single teaser"), captions(),
                "100, then 20 with 900 views before 20 with 100 views, then 6, then unknown");
        assertFalse(filters.narrowedProperty().get(), "a sort order hides nothing");
        assertEquals(5, model.totalProperty().get());
    }

    @Test
    void dateRangeIsWholeLocalDaysWithTheEndDayIncluded() {
        filters.fromDateProperty().set(LocalDate.of(2024, 3, 10));
        assertEquals(List.of("album out", "tour dates"), captions(),
                "23:30 UTC on the 9th is already the 10th in Berlin");
        filters.toDateProperty().set(LocalDate.of(2024, 3, 10));
        assertEquals(List.of("album out", "tour dates"), captions(), "the end day is included");
        filters.fromDateProperty().set(LocalDate.of(2024, 3, 1));
        filters.toDateProperty().set(LocalDate.of(2024, 3, 8));
        assertEquals(List.of("dance", "hoodies"), captions());
        assertEquals(at("2024-02-29T23:00:00Z"), filters.filterProperty().get().from());
        assertEquals(at("2024-03-08T23:00:00Z"), filters.filterProperty().get().to(), "exclusive: the day after");
        assertTrue(filters.narrowedProperty().get());
        filters.clearDates();
        assertEquals(5, model.posts().size());
        assertFalse(filters.narrowedProperty().get());
    }

    @Test
    void tagFilterAndFacetCounts() {
        FeedCounts all = model.totals().countsProperty().get();
        assertEquals(5, all.total());
        assertEquals(Map.of(Platform.X, 3L, Platform.TIKTOK, 2L), nonZero(all.byPlatform()));
        assertEquals(3L, all.byTag().get(Tag.RELEASE));
        assertEquals(0L, all.byTag().get(Tag.PRESS));

        filters.tagProperty().set(Tag.RELEASE);
        assertEquals(List.of("album out", "hoodies", "new single teaser"), captions());
        FeedCounts release = model.totals().countsProperty().get();
        assertEquals(3, release.total());
        assertEquals(3L, release.byTag().get(Tag.RELEASE));
        assertEquals(1L, release.byTag().get(Tag.SHOW), "tag counts ignore the chosen tag");
        assertEquals(Map.of(Platform.X, 2L, Platform.TIKTOK, 1L), nonZero(release.byPlatform()));

        filters.platformProperty(Platform.TIKTOK).set(true);
        FeedCounts both = model.totals().countsProperty().get();
        assertEquals(List.of("new single teaser"), captions());
        assertEquals(2L, both.byPlatform().get(Platform.X), "platform counts ignore the chosen platforms");
        assertEquals(1L, both.byTag().get(Tag.GENERAL));
    }

    @Test
    void clearKeepsTheSortButDropsTagAndDates() {
        filters.sortProperty().set(FeedSort.ENGAGEMENT);
        filters.tagProperty().set(Tag.PRESS);
        assertEquals(State.NO_MATCH, model.stateProperty().get());
        filters.clear();
        assertEquals(State.READY, model.stateProperty().get());
        assertEquals(FeedSort.ENGAGEMENT, filters.filterProperty().get().sort());
        assertEquals(null, filters.tagProperty().get());
        assertEquals("tour dates", captions().get(0));
    }

    @Test
    void anUpdatedPostReplacesItsRowAndTheCountsFollow() {
        Post album = model.posts().get(0);
        model.selectedProperty().set(album);
        Post corrected = store.feed().setTags(album.id(), Set.of(Tag.PRESS)).orElseThrow();
        model.postUpdated(corrected);
        assertEquals(Set.of(Tag.PRESS), model.posts().get(0).tags());
        assertEquals(corrected, model.selectedProperty().get());
        assertEquals(1L, model.totals().countsProperty().get().byTag().get(Tag.PRESS));
        assertEquals(2L, model.totals().countsProperty().get().byTag().get(Tag.RELEASE));
    }

    private static Map<Platform, Long> nonZero(Map<Platform, Long> counts) {
        return Map.copyOf(counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
