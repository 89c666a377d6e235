package app.backline.sync;

import static app.backline.sync.SyncFixture.T0;
import static app.backline.testing.ScriptedClient.page;
import static app.backline.testing.ScriptedClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.IngestSource;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRun;
import app.backline.domain.SyncRunStatus;
import app.backline.persistence.repository.SyncAccount;
import app.backline.testing.ScriptedClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackfillAndPollTest extends ScriptedSyncTest {

    private SyncEngine engine;

    @BeforeEach
    void setUp() {
        engine = f.engine(scripted(Platform.INSTAGRAM));
    }

    private void enqueue(String body) {
        server.enqueue(new MockResponse.Builder().code(200).body(body).build());
    }

    private static Instant hoursAgo(long h) {
        return T0.minus(Duration.ofHours(h));
    }

    /** Three pages of two posts each, newest first. */
    private void threePages() {
        enqueue(page("c2", post("6", "New single out now #release", hoursAgo(1), 10),
                post("5", "Tour dates soon @venue", hoursAgo(2), 9)));
        enqueue(page("c3", post("4", "four", hoursAgo(3), 8), post("3", "three", hoursAgo(4), 7)));
        enqueue(page(null, post("2", "two", hoursAgo(5), 6), post("1", "one", hoursAgo(6), 5)));
    }

    private List<Post> feed(long artistId) {
        return f.db().posts().page(artistId, PostFilter.all(), null, 100).posts();
    }

    @Test
    void firstSyncBackfillsEveryPageThenIsReady() throws Exception {
        long id = f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");
        threePages();

        List<SyncOutcome> outcomes = engine.syncOnce(null);

        assertEquals(List.of(new SyncOutcome(id, "Mila", Platform.INSTAGRAM, "mila", ConnectionState.READY, 6, 0, 3,
                null)), outcomes);
        assertEquals(3, server.getRequestCount());
        RecordedRequest first = server.takeRequest();
        assertEquals("Bearer IGQVJ-token-1234567890", first.getHeaders().get("Authorization"));
        assertNull(first.getUrl().queryParameter("cursor"));
        assertEquals("c2", server.takeRequest().getUrl().queryParameter("cursor"));
        assertEquals("c3", server.takeRequest().getUrl().queryParameter("cursor"));

        SyncAccount account = f.store().accounts().find(id).orElseThrow();
        assertTrue(account.backfillComplete());
        assertNull(account.backfillCursor());
        assertEquals("6", account.newestPostId());
        assertEquals(T0, account.account().lastSyncedAt());
        List<Post> posts = feed(account.account().artistId());
        assertEquals(List.of("6", "5", "4", "3", "2", "1"), posts.stream().map(Post::externalPostId).toList());
        Post newest = posts.get(0);
        assertEquals(IngestSource.POLL, newest.ingestSource());
        assertEquals(List.of("release"), newest.entities().hashtags(), "entities extracted like the import does");
        assertFalse(newest.tags().isEmpty(), "tagged like the import does");
        assertEquals(List.of("venue"), posts.get(1).entities().mentions());

        SyncRun run = engine.runs(SyncRunQuery.latest(10)).get(0);
        assertEquals(SyncMode.BACKFILL, run.mode());
        assertEquals(SyncRunStatus.SUCCEEDED, run.status());
        assertEquals(6, run.added());
        assertEquals(3, run.requests());
        assertEquals("Mila", run.artistName());
        assertEquals(1, f.db().syncPosts().history(newest.id()).size(), "the backfill's counts are the first snapshot");
    }

    @Test
    void backfillStopsAtTheWindowAndKeepsOnlyPostsInside() throws Exception {
        long id = f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");
        enqueue(page("c2", post("3", "new", hoursAgo(1), 1), post("2", "29 days", T0.minus(Duration.ofDays(29)), 1)));
        enqueue(page("c3", post("1", "31 days", T0.minus(Duration.ofDays(31)), 1),
                post("0", "40 days", T0.minus(Duration.ofDays(40)), 1)));

        SyncOutcome outcome = engine.syncOnce(null).get(0);

        assertEquals(2, outcome.added());
        assertEquals(2, server.getRequestCount(), "no page after the one that reached past 30 days");
        assertEquals(List.of("3", "2"), feed(f.store().accounts().find(id).orElseThrow().account().artistId())
                .stream().map(Post::externalPostId).toList());
    }

    @Test
    void aSecondPollAddsNothingAndCountsOnlyRealMetricChanges() throws Exception {
        long id = f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");
        threePages();
        engine.syncOnce(null);
        long artistId = f.store().accounts().find(id).orElseThrow().account().artistId();
        long post5 = feed(artistId).get(1).id();
        setLocalCopy(post5, "media/instagram/17841/5.jpg");
        f.clock.advance(Duration.ofHours(2));

        // Same six posts; the CDN signs every media URL anew; only post 6 has new likes.
        enqueue(page(null, post("6", "New single out now #release", hoursAgo(1), 42, "https://cdn.example/6.jpg?sig=2"),
                post("5", "Tour dates soon @venue", hoursAgo(2), 9, "https://cdn.example/5.jpg?sig=2"),
                post("4", "four", hoursAgo(3), 8, "https://cdn.example/4.jpg?sig=2"),
                post("3", "three", hoursAgo(4), 7, "https://cdn.example/3.jpg?sig=2"),
                post("2", "two", hoursAgo(5), 6, "https://cdn.example/2.jpg?sig=2"),
                post("1", "one", hoursAgo(6), 5, "https://cdn.example/1.jpg?sig=2")));
        SyncOutcome second = engine.syncOnce(null).get(0);

        assertEquals(0, second.added());
        assertEquals(1, second.updated(), "a re-signed media URL is not an update");
        assertEquals(1, second.requests(), "one page reaches the newest stored post; no metrics calls");
        RecordedRequest poll = lastRequest(4);
        assertEquals("25", poll.getUrl().queryParameter("size"));
        assertEquals("6", poll.getUrl().queryParameter("since"));
        SyncRun run = engine.runs(SyncRunQuery.latest(1)).get(0);
        assertEquals(SyncMode.MANUAL, run.mode());
        List<Post> posts = feed(artistId);
        assertEquals(42L, posts.get(0).metrics().likes());
        assertEquals(6, posts.size());
        Post five = posts.get(1);
        assertEquals("media/instagram/17841/5.jpg", five.media().get(0).localPath(), "the local copy stays");
        assertEquals("https://cdn.example/5.jpg?sig=2", five.media().get(0).remoteUrl(), "the fresh URL is kept");
        assertEquals(2, f.db().syncPosts().history(posts.get(0).id()).size(), "hourly ladder: a second snapshot");
        assertEquals(42L, f.db().syncPosts().history(posts.get(0).id()).get(1).metrics().likes());

        f.clock.advance(Duration.ofMinutes(5));
        enqueue(page(null, post("6", "New single out now #release", hoursAgo(1), 42, "https://cdn.example/6.jpg?sig=3")));
        SyncOutcome third = engine.syncOnce(null).get(0);
        assertEquals(0, third.added());
        assertEquals(0, third.updated());
        assertEquals(2, f.db().syncPosts().history(posts.get(0).id()).size(), "not due again within the hour");
    }

    @Test
    void postsNotOnThePollPageAreRefreshedOnTheLadderInBatches() throws Exception {
        engine = f.engine(Map.of(Platform.INSTAGRAM, new ScriptedClient(Platform.INSTAGRAM, f.http,
                () -> server.url("/"), 2)));
        long id = f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");
        threePages();
        engine.syncOnce(null);
        f.clock.advance(Duration.ofHours(2));

        enqueue(page("c2", post("6", "New single out now #release", hoursAgo(1), 10),
                post("5", "Tour dates soon @venue", hoursAgo(2), 9)));
        enqueue(ScriptedClient.metrics("4", 80, "3", 7));
        enqueue(ScriptedClient.metrics("2", 6, "1", 50));
        SyncOutcome poll = engine.syncOnce(null).get(0);

        assertEquals(3, poll.requests(), "one page, then two metrics batches of two");
        assertEquals(2, poll.updated(), "posts 4 and 1 changed");
        assertEquals("4,3", lastRequest(5).getUrl().queryParameter("ids"));
        assertEquals("2,1", server.takeRequest().getUrl().queryParameter("ids"));
        long artistId = f.store().accounts().find(id).orElseThrow().account().artistId();
        Post four = feed(artistId).get(2);
        assertEquals(80L, four.metrics().likes());
        assertEquals(2, f.db().syncPosts().history(four.id()).size());
    }

    @Test
    void anAccountWithoutUserIdAsksThePlatformFirst() throws Exception {
        long id = f.add("Mila", Platform.INSTAGRAM, null, null, "IGQVJ-token-1234567890");
        enqueue("{\"id\":\"17841\",\"handle\":\"mila.music\",\"url\":\"https://www.instagram.com/mila.music\"}");
        enqueue(page(null, post("1", "one", hoursAgo(1), 1)));

        SyncOutcome outcome = engine.syncOnce(null).get(0);

        assertEquals("mila.music", outcome.handle());
        assertEquals(2, outcome.requests());
        assertEquals("/scripted/me", server.takeRequest().getUrl().encodedPath());
        assertEquals("17841", server.takeRequest().getUrl().queryParameter("user"));
        SyncAccount account = f.store().accounts().find(id).orElseThrow();
        assertEquals("17841", account.account().externalUserId());
        assertEquals("https://www.instagram.com/mila.music", account.account().profileUrl());
    }

    private RecordedRequest lastRequest(int skip) throws InterruptedException {
        for (int i = 0; i < skip - 1; i++) {
            server.takeRequest();
        }
        return server.takeRequest();
    }

    private void setLocalCopy(long postId, String path) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store/backline")
                .toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE media_item SET local_path = '" + path + "' WHERE post_id = "
                    + postId));
        }
    }
}
