package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.FeedPage;
import app.backline.domain.FeedSort;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.domain.ArtistRef;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.IngestResult;
import app.backline.testing.Drafts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostRepositoryTest extends StoreSuite {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");


    private IngestResult ingest(String artist, Platform platform, List<PostDraft> drafts) {
        return db.posts().ingest(new IngestBatch(ArtistRef.byName(artist),
                new AccountIdentity(platform, "42", "ada", null), ConnectionType.IMPORT, drafts), Progress.NONE);
    }

    private static List<PostDraft> xPosts(int n) {
        List<PostDraft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Drafts.post(Platform.X, String.valueOf(1000 + i), "post number " + i, T0.plusSeconds(i * 60L)));
        }
        return out;
    }

    @Test
    void ingestCreatesArtistAndImportAccountAndCountsPosts() {
        IngestResult r = ingest("Ada", Platform.X, xPosts(3));

        assertEquals(3, r.added());
        assertEquals(3, db.artists().findByName("ada").orElseThrow().postCount());
        var account = db.accounts().findByArtist(r.artistId()).get(0);
        assertEquals(ConnectionType.IMPORT, account.connectionType());
        assertEquals(ConnectionState.READY, account.state());
        assertEquals("ada", account.handle());
    }

    @Test
    void secondIngestAddsNothingAndUpdatesMetricsInPlace() {
        List<PostDraft> posts = xPosts(3);
        ingest("Ada", Platform.X, posts);
        List<PostDraft> again = new ArrayList<>(posts);
        again.set(0, Drafts.withMetrics(posts.get(0), new Metrics(99L, null, 5L, null)));

        IngestResult r = ingest("Ada", Platform.X, again);

        assertEquals(0, r.added());
        assertEquals(1, r.updated());
        assertEquals(2, r.unchanged());
        Post first = db.posts().page(r.artistId(), PostFilter.all(), null, 10).posts().get(2);
        assertEquals(99L, first.metrics().likes());
        assertEquals(3, db.artists().findById(r.artistId()).orElseThrow().postCount());
    }

    @Test
    void metricLessSourceKeepsKnownCounts() {
        List<PostDraft> posts = xPosts(1);
        IngestResult r = ingest("Ada", Platform.X, posts);
        ingest("Ada", Platform.X, List.of(Drafts.withMetrics(posts.get(0), Metrics.NONE)));

        Post p = db.posts().page(r.artistId(), PostFilter.all(), null, 10).posts().get(0);
        assertEquals(1L, p.metrics().likes());
    }

    @Test
    void archivePostsWithoutIdsGetAStableDerivedId() {
        PostDraft ig = Drafts.post(Platform.INSTAGRAM, null, "llama", T0);
        IngestResult first = ingest("Ada", Platform.INSTAGRAM, List.of(ig));
        IngestResult second = ingest("Ada", Platform.INSTAGRAM, List.of(ig));

        assertEquals(1, first.added());
        assertEquals(0, second.added());
        Post p = db.posts().page(first.artistId(), PostFilter.all(), null, 10).posts().get(0);
        assertEquals("archive:" + first.accountId() + ":" + T0.getEpochSecond(), p.externalPostId());
    }

    @Test
    void cancelRollsBackEverythingIncludingTheNewArtist() {
        Progress cancelled = new Progress() {
            @Override
            public void report(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> db.posts().ingest(new IngestBatch(ArtistRef.byName("Ada"),
                new AccountIdentity(Platform.X, null, null, null), ConnectionType.IMPORT, xPosts(3)), cancelled));

        assertTrue(db.artists().findAll().isEmpty());
    }

    @Test
    void pagesWalkTheWholeFeedNewestFirstWithoutGapsOrRepeats() {
        IngestResult r = ingest("Ada", Platform.X, xPosts(1234));
        List<Post> seen = new ArrayList<>();
        FeedPage page = db.posts().page(r.artistId(), PostFilter.all(), null, 100);
        seen.addAll(page.posts());
        while (page.hasMore()) {
            page = db.posts().page(r.artistId(), PostFilter.all(), page.next(), 100);
            seen.addAll(page.posts());
        }
        assertEquals(1234, seen.size());
        assertEquals(1234, seen.stream().map(Post::id).distinct().count());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i - 1).postedAt().isAfter(seen.get(i).postedAt()));
        }
        assertNull(page.next());
    }

    @Test
    void forEachStreamsWhatThePagesShowAcrossItsOwnPageBoundaries() {
        List<PostDraft> drafts = new ArrayList<>();
        for (int i = 0; i < PostStreamer.PAGE + 150; i++) {
            PostDraft d = Drafts.post(i % 3 == 0 ? Platform.YOUTUBE : Platform.X, "s" + i, "post " + i,
                    T0.plusSeconds(i / 2 * 60L));
            drafts.add(i % 5 == 0 ? Drafts.withMedia(d, new Media(MediaType.IMAGE, "https://cdn.example/" + i, null),
                    new Media(MediaType.VIDEO, "https://cdn.example/v" + i, null)) : d);
        }
        long artist = ingest("Ada", Platform.X, drafts).artistId();
        for (PostFilter filter : List.of(PostFilter.all(), PostFilter.all().withPlatforms(Set.of(Platform.YOUTUBE)),
                PostFilter.all().withSort(FeedSort.ENGAGEMENT))) {
            List<Post> paged = new ArrayList<>();
            FeedCursor cursor = null;
            do {
                FeedPage page = db.posts().page(artist, filter, cursor, 100);
                paged.addAll(page.posts());
                cursor = page.next();
            } while (cursor != null);
            List<Post> streamed = new ArrayList<>();
            assertEquals(paged.size(), db.posts().forEach(artist, filter, Integer.MAX_VALUE, streamed::add));
            assertEquals(paged, streamed);
            List<Post> first = new ArrayList<>();
            assertEquals(Math.min(1001, paged.size()), db.posts().forEach(artist, filter, 1001, first::add));
            assertEquals(paged.subList(0, first.size()), first);
        }
        assertThrows(IllegalArgumentException.class, () -> db.posts().forEach(artist, PostFilter.all(), 0, p -> { }));
    }

    @Test
    void filtersByPlatformTextAndReplies() {
        ingest("Ada", Platform.X, List.of(Drafts.post(Platform.X, "1", "New single OUT NOW", T0),
                Drafts.reply(Drafts.post(Platform.X, "2", "thanks!", T0.plusSeconds(5)))));
        IngestResult r = ingest("Ada", Platform.INSTAGRAM, List.of(Drafts.post(Platform.INSTAGRAM, "9", "tour 50%",
                T0.plusSeconds(9))));
        long a = r.artistId();

        assertEquals(3, db.posts().count(a, PostFilter.all()));
        assertEquals(2, db.posts().count(a, PostFilter.all().withPlatforms(Set.of(Platform.X))));
        assertEquals(1, db.posts().count(a, PostFilter.all().withText("out   now")));
        assertEquals(1, db.posts().count(a, PostFilter.all().withText("50%")));
        assertEquals(0, db.posts().count(a, PostFilter.all().withText("5_%")));
        assertEquals(2, db.posts().count(a, PostFilter.all().withReplies(false)));
        assertEquals(3, db.posts().page(a, PostFilter.all()
                .withPlatforms(Set.of(Platform.X, Platform.INSTAGRAM)), null, 10).posts().size());
    }

    @Test
    void mediaRoundTripAndLocalCopiesSurviveAReimportWithoutFiles() {
        PostDraft withFile = Drafts.withMedia(Drafts.post(Platform.X, "7", "pic", T0),
                new Media(MediaType.IMAGE, "https://pbs.example/a.jpg", "media/x/42/7-a.jpg"),
                new Media(MediaType.VIDEO, null, null));
        IngestResult r = ingest("Ada", Platform.X, List.of(withFile));
        PostDraft noFile = Drafts.withMedia(withFile, new Media(MediaType.IMAGE, "https://pbs.example/a.jpg", null),
                new Media(MediaType.VIDEO, null, null));
        IngestResult again = ingest("Ada", Platform.X, List.of(noFile));

        Post p = db.posts().findById(db.posts().page(r.artistId(), PostFilter.all(), null, 1).posts().get(0).id())
                .orElseThrow();
        assertEquals(MediaType.CAROUSEL, p.mediaType());
        assertEquals("media/x/42/7-a.jpg", p.media().get(0).localPath());
        assertNull(p.media().get(1).localPath());
        assertEquals(0, again.updated());
        assertEquals("ada", p.handle());
    }

    @Test
    void engagementOrderPagesThroughEveryPostOnceWithViewsAsTiebreak() {
        List<PostDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Long views = i % 3 == 0 ? null : (long) (i % 7);
            drafts.add(Drafts.withMetrics(Drafts.post(Platform.X, "e" + i, "p" + i, T0.plusSeconds(i)),
                    new Metrics((long) (i % 10), null, null, views)));
        }
        IngestResult r = ingest("Ada", Platform.X, drafts);
        PostFilter byEngagement = PostFilter.all().withSort(FeedSort.ENGAGEMENT);
        List<Post> seen = new ArrayList<>();
        FeedPage page = db.posts().page(r.artistId(), byEngagement, null, 40);
        seen.addAll(page.posts());
        while (page.hasMore()) {
            page = db.posts().page(r.artistId(), byEngagement, page.next(), 40);
            seen.addAll(page.posts());
        }
        assertEquals(250, seen.stream().map(Post::id).distinct().count());
        for (int i = 1; i < seen.size(); i++) {
            FeedCursor a = FeedCursor.after(seen.get(i - 1));
            FeedCursor b = FeedCursor.after(seen.get(i));
            assertTrue(a.engagement() > b.engagement() || a.engagement() == b.engagement()
                    && (a.views() > b.views() || a.views() == b.views() && a.postId() > b.postId()), "order at " + i);
        }
    }

    @Test
    void facetCountsIgnoreTheirOwnDimension() {
        ingest("Ada", Platform.X, List.of(
                Drafts.post(Platform.X, "1", "a", T0).withEnrichment(Set.of(Tag.RELEASE, Tag.MERCH), "a"),
                Drafts.post(Platform.X, "2", "b", T0.plusSeconds(1)).withEnrichment(Set.of(Tag.SHOW), "b")));
        IngestResult r = ingest("Ada", Platform.INSTAGRAM, List.of(
                Drafts.post(Platform.INSTAGRAM, "3", "c", T0.plusSeconds(2)).withEnrichment(Set.of(Tag.RELEASE), "c")));

        FeedCounts counts = db.posts().counts(r.artistId(),
                PostFilter.all().withPlatforms(Set.of(Platform.X)).withTag(Tag.RELEASE));

        assertEquals(1, counts.total());
        assertEquals(Map.of(Platform.X, 1L, Platform.INSTAGRAM, 1L), counts.byPlatform());
        assertEquals(1L, counts.byTag().get(Tag.RELEASE));
        assertEquals(1L, counts.byTag().get(Tag.SHOW));
        assertEquals(1L, counts.byTag().get(Tag.MERCH));
        assertEquals(0L, counts.byTag().get(Tag.PRESS));
        assertEquals(2, db.posts().count(r.artistId(), PostFilter.all()
                .withDates(T0.plusSeconds(1), T0.plusSeconds(3))));
    }

    @Test
    void manualTagsBeatTheRulesOnEveryLaterIngest() {
        PostDraft ruled = Drafts.post(Platform.X, "5", "vinyl pre-order", T0)
                .withEnrichment(Set.of(Tag.RELEASE), "vinyl pre-order");
        IngestResult r = ingest("Ada", Platform.X, List.of(ruled));
        long id = db.posts().page(r.artistId(), PostFilter.all(), null, 1).posts().get(0).id();

        assertEquals(Set.of(Tag.MERCH, Tag.RELEASE), db.posts().setTagsManually(id, Set.of(Tag.MERCH, Tag.RELEASE))
                .orElseThrow().tags());
        ingest("Ada", Platform.X, List.of(ruled.withEnrichment(Set.of(Tag.GENERAL), "vinyl pre-order")));

        Post p = db.posts().findById(id).orElseThrow();
        assertEquals(Set.of(Tag.MERCH, Tag.RELEASE), p.tags());
        assertEquals("vinyl pre-order", p.summary());
        assertEquals(1, db.posts().count(r.artistId(), PostFilter.all().withTag(Tag.MERCH)));
    }

    @Test
    void deletingAnArtistRemovesItsPostsOnly() {
        IngestResult ada = ingest("Ada", Platform.X, xPosts(3));
        IngestResult bob = ingest("Bob", Platform.INSTAGRAM, List.of(Drafts.post(Platform.INSTAGRAM, "b", "x", T0)));

        db.artists().delete(ada.artistId());

        assertFalse(db.artists().findById(ada.artistId()).isPresent());
        assertEquals(0, db.posts().count(ada.artistId(), PostFilter.all()));
        assertEquals(1, db.posts().count(bob.artistId(), PostFilter.all()));
        assertTrue(db.accounts().findByArtist(ada.artistId()).isEmpty());
    }
}
