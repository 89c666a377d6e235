package app.backline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.CaptionEntities;
import app.backline.domain.FeedCursor;
import app.backline.domain.FeedPage;
import app.backline.domain.FeedSort;
import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.persistence.Database;
import app.backline.persistence.repository.SearchHits;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed's text filter answered by the Lucene index on a real store: what matches, the feed's order and keyset
 * paging, every other filter combined with it (checked against the SQL path on the same store), and the cases
 * the index leaves to SQL.
 */
class SearchIndexTest {

    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

    @TempDir
    Path dir;
    private SearchStore store;

    @BeforeEach
    void open() throws InterruptedException {
        store = SearchStore.open(dir).ready();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static PostDraft post(Platform platform, String id, String caption, Instant at, Set<Tag> tags, boolean reply,
                          boolean repost, CaptionEntities entities) {
        return new PostDraft(platform, id, null, caption, MediaType.TEXT, at, new Metrics(1L, 0L, 0L, null),
                entities, reply, repost, null, null, IngestSource.IMPORT, List.of(), tags, null);
    }

    static PostDraft post(String id, String caption, Instant at) {
        return post(Platform.X, id, caption, at, Set.of(), false, false, CaptionEntities.NONE);
    }

    private List<String> captions(long artist, String text) {
        Optional<SearchHits> hits = store.index.page(artist, PostFilter.all().withText(text), null, 100);
        assertTrue(hits.isPresent(), "the index answers '" + text + "'");
        return store.db.posts().page(artist, PostFilter.all().withText(text), null, 100).posts().stream()
                .map(Post::caption).toList();
    }

    @Test
    void everyWordMustStartAWordOfThePostIgnoringCase() {
        long a = store.ingest("Aurora", Platform.X, List.of(
                post("1", "Tour dates are out! #tour", T0.plusSeconds(50)),
                post("2", "Studio day, drums done", T0.plusSeconds(40)),
                post("3", "@fan_42 thank you, see you there", T0.plusSeconds(30)),
                post("4", "Last night of the TOUR, thank you Lisbon", T0.plusSeconds(20)),
                post("5", "A detour through Porto", T0.plusSeconds(10)))).artistId();

        assertEquals(List.of("Tour dates are out! #tour", "Last night of the TOUR, thank you Lisbon"),
                captions(a, "tour"));
        assertEquals(List.of("Last night of the TOUR, thank you Lisbon"), captions(a, "THANK   lisb"));
        assertEquals(List.of("Tour dates are out! #tour"), captions(a, "#tou"));
        assertEquals(List.of("@fan_42 thank you, see you there"), captions(a, "@FAN_4"));
        assertEquals(List.of("@fan_42 thank you, see you there"), captions(a, "fan_42"));
        assertEquals(List.of(), captions(a, "tour drums"));
        assertEquals(List.of(), captions(a, "our"), "the middle of a word no longer matches");
    }

    @Test
    void hashtagsAndMentionsFoundByTheImportCountAsWordsToo() {
        long a = store.ingest("Aurora", Platform.INSTAGRAM, List.of(post(Platform.INSTAGRAM, "1", "New video",
                T0, Set.of(), false, false, new CaptionEntities(List.of("NewMusic"), List.of("Sonar_Fest"),
                        List.of())))).artistId();

        assertEquals(List.of("New video"), captions(a, "#newmusic"));
        assertEquals(List.of("New video"), captions(a, "@sonar"));
        assertEquals(List.of("New video"), captions(a, "sonar_fest video"));
    }

    @Test
    void pagesFollowTheFeedOrderAndItsKeyset() {
        List<PostDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            // pairs share a posting time, so the id decides their order as in the SQL feed
            String caption = i % 2 == 0 ? "gig number " + i : "rehearsal " + i;
            drafts.add(post(String.valueOf(i), caption, T0.plusSeconds(i / 2 * 60L)));
        }
        long a = store.ingest("Aurora", Platform.X, drafts).artistId();
        store.ingest("Other", Platform.X, List.of(post("x1", "gig elsewhere", T0)));

        List<Long> viaIndex = new ArrayList<>();
        FeedCursor cursor = null;
        int pages = 0;
        do {
            FeedPage page = store.db.posts().page(a, PostFilter.all().withText("GIG"), cursor, 50);
            page.posts().forEach(p -> viaIndex.add(p.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);

        List<Long> expected = store.db.posts().page(a, PostFilter.all(), null, 1000).posts().stream()
                .filter(p -> p.caption().startsWith("gig")).map(Post::id).toList();
        assertEquals(130, expected.size());
        assertEquals(expected, viaIndex);
        assertEquals(3, pages);
    }

    @Test
    void otherFiltersCombineAsInSql() {
        long a = 0;
        List<PostDraft> x = new ArrayList<>();
        List<PostDraft> ig = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Set<Tag> tags = i % 3 == 0 ? Set.of(Tag.SHOW) : i % 3 == 1 ? Set.of(Tag.SHOW, Tag.MERCH) : Set.of();
            String caption = (i % 4 == 0 ? "tickets " : "merch ") + "live tonight " + i;
            Instant at = T0.plusSeconds(i * 3600L);
            x.add(post(Platform.X, "x" + i, caption, at, tags, i % 5 == 0, i % 7 == 0, CaptionEntities.NONE));
            ig.add(post(Platform.INSTAGRAM, "i" + i, caption, at.plusSeconds(1), tags, false, false,
                    CaptionEntities.NONE));
        }
        a = store.ingest("Aurora", Platform.X, x).artistId();
        store.ingest("Aurora", Platform.INSTAGRAM, ig);
        PostFilter live = PostFilter.all().withText("live tonight");
        List<PostFilter> filters = List.of(live, live.withText("tickets"), live.withPlatforms(Set.of(Platform.X)),
                live.withPlatforms(Set.of(Platform.X, Platform.INSTAGRAM)), live.withTag(Tag.MERCH),
                live.withReplies(false), live.withReposts(false),
                live.withDates(T0.plusSeconds(10 * 3600L), T0.plusSeconds(30 * 3600L)),
                live.withText("tickets").withPlatforms(Set.of(Platform.X)).withTag(Tag.SHOW).withReplies(false)
                        .withDates(T0, T0.plusSeconds(40 * 3600L)));

        try (Database sql = SearchStore.withoutIndex(dir)) {
            for (PostFilter f : filters) {
                assertTrue(store.index.page(a, f, null, 20).isPresent(), "the index answers " + f);
                assertEquals(ids(sql, a, f), ids(store.db, a, f), f.toString());
                assertEquals(sql.posts().count(a, f), store.db.posts().count(a, f), f.toString());
                assertEquals(sql.posts().counts(a, f), store.db.posts().counts(a, f), f.toString());
            }
        }
    }

    private static List<Long> ids(Database db, long artist, PostFilter filter) {
        List<Long> out = new ArrayList<>();
        FeedCursor cursor = null;
        do {
            FeedPage page = db.posts().page(artist, filter, cursor, 7);
            page.posts().forEach(p -> out.add(p.id()));
            cursor = page.next();
        } while (cursor != null);
        return out;
    }

    @Test
    void theEngagementOrderAndWordsWithoutLettersAreLeftToSql() {
        long a = store.ingest("Aurora", Platform.X, List.of(post("1", "sold out!!!", T0),
                post("2", "sold out tonight", T0.plusSeconds(5)))).artistId();

        PostFilter byEngagement = PostFilter.all().withText("sold").withSort(FeedSort.ENGAGEMENT);
        assertTrue(store.index.page(a, byEngagement, null, 10).isEmpty());
        assertEquals(2, store.db.posts().page(a, byEngagement, null, 10).posts().size());

        PostFilter bangs = PostFilter.all().withText("!!!");
        assertTrue(store.index.page(a, bangs, null, 10).isEmpty());
        assertEquals(List.of("sold out!!!"), store.db.posts().page(a, bangs, null, 10).posts().stream()
                .map(Post::caption).toList());
    }

    @Test
    void aTagEditIsSearchableAtOnce() {
        long a = store.ingest("Aurora", Platform.X, List.of(post("1", "doors open at eight", T0))).artistId();
        PostFilter shows = PostFilter.all().withText("doors").withTag(Tag.SHOW);
        assertEquals(List.of(), store.index.page(a, shows, null, 10).orElseThrow().postIds());

        long id = store.db.posts().page(a, PostFilter.all(), null, 10).posts().get(0).id();
        store.db.posts().setTagsManually(id, Set.of(Tag.SHOW));

        assertEquals(List.of(id), store.index.page(a, shows, null, 10).orElseThrow().postIds());
    }

    @Test
    void removingAnArtistRemovesItsPostsFromTheIndex() {
        long a = store.ingest("Aurora", Platform.X, List.of(post("1", "farewell show", T0))).artistId();
        long b = store.ingest("Bea", Platform.X, List.of(post("2", "farewell tour", T0))).artistId();

        store.db.artists().delete(a);

        assertEquals(0, store.index.count(a, PostFilter.all().withText("farewell")).orElseThrow());
        assertEquals(1, store.index.count(b, PostFilter.all().withText("farewell")).orElseThrow());
    }

    @Test
    void hitsWhoseRowsVanishedAreLeftOutAndPagingGoesOn() {
        long a = store.ingest("Aurora", Platform.X, List.of(post("1", "alpha", T0),
                post("2", "alpha", T0.plusSeconds(1)), post("3", "alpha", T0.plusSeconds(2)))).artistId();
        try (Database other = SearchStore.withoutIndex(dir)) {
            other.artists().delete(a); // a writer the index never hears from
        }

        PostFilter alpha = PostFilter.all().withText("alpha");
        FeedPage first = store.db.posts().page(a, alpha, null, 2);
        assertEquals(List.of(), first.posts());
        FeedPage rest = store.db.posts().page(a, alpha, first.next(), 2);
        assertEquals(List.of(), rest.posts());
        assertNull(rest.next());
    }
}
