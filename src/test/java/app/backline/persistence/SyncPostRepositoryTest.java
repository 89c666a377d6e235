package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.persistence.repository.AccountGoneException;
import app.backline.persistence.repository.IngestResult;
import app.backline.persistence.repository.MetricsLadder;
import app.backline.persistence.repository.NewLiveAccount;
import app.backline.persistence.repository.SealedTokens;
import app.backline.persistence.repository.SyncAccount;
import app.backline.persistence.repository.SyncPostRepository;
import app.backline.testing.Drafts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncPostRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final MetricsLadder LADDER = MetricsLadder.standard();

    @TempDir
    Path dir;
    Database db;
    private SyncPostRepository posts;
    private SyncAccount account;

    @BeforeEach
    void open() {
        db = openStore();
        posts = db.syncPosts();
        account = db.syncAccounts().createLive(new NewLiveAccount(ArtistRef.byName("Mila"), Platform.X,
                ConnectionType.MANUAL, "42", "mila", null, null, "…wxyz", null), id -> new SealedTokens("v1:x", null));
    }

    /** The store the suite runs on: an embedded H2 file here; a PostgreSQL server in the twin suite. */
    Database openStore() {
        return Database.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static PostDraft post(String id, Duration age, long likes) {
        return Drafts.withMetrics(Drafts.post(Platform.X, id, "post " + id, NOW.minus(age)),
                new Metrics(likes, 0L, 0L, null));
    }

    /** A plain connection to the suite's store, beside the app's own. */
    Connection connectToStore() throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    private List<String> journal() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = connectToStore(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT source, state, added FROM ingest_run ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3));
            }
        }
        return rows;
    }

    @Test
    void pagesGoThroughTheJournalAndQuietPagesLeaveNoRow() throws Exception {
        IngestResult first = posts.writePage(account.id(), List.of(post("2", Duration.ofHours(1), 5),
                post("1", Duration.ofHours(2), 3)), LADDER, NOW);
        assertEquals(2, first.added());
        assertEquals(List.of("SYNC VERIFIED 2"), journal());
        assertEquals(2, db.artists().findByName("Mila").orElseThrow().postCount());

        IngestResult quiet = posts.writePage(account.id(), List.of(post("2", Duration.ofHours(1), 5)), LADDER, NOW);
        assertEquals(new IngestResult(account.account().artistId(), account.id(), 0, 0, 1), quiet);
        assertEquals(List.of("SYNC VERIFIED 2"), journal());
    }

    @Test
    void snapshotsFollowTheLadder() {
        long id = postId("2", post("2", Duration.ofHours(1), 5));
        assertEquals(1, posts.history(id).size(), "first sight");

        posts.writePage(account.id(), List.of(post("2", Duration.ofHours(1), 6)), LADDER, NOW.plusSeconds(600));
        assertEquals(1, posts.history(id).size(), "not due within the hour, though the count changed in place");

        posts.writePage(account.id(), List.of(post("2", Duration.ofHours(1), 7)), LADDER, NOW.plusSeconds(3600));
        assertEquals(List.of(5L, 7L), posts.history(id).stream().map(p -> p.metrics().likes()).toList());

        PostDraft old = post("old", Duration.ofDays(40), 1);
        long oldId = postId("old", old);
        assertEquals(0, posts.history(oldId).size(), "past the ladder: no history kept");
    }

    @Test
    void dueForRefreshAndApplyMetrics() {
        postId("a", post("a", Duration.ofHours(3), 1));
        postId("b", post("b", Duration.ofDays(3), 1));
        postId("c", post("c", Duration.ofDays(45), 1));
        Instant later = NOW.plus(Duration.ofHours(2));
        assertEquals(List.of("a"), posts.dueForRefresh(account.id(), LADDER, later, 10));
        Instant nextDay = NOW.plus(Duration.ofDays(1));
        assertEquals(List.of("a", "b"), posts.dueForRefresh(account.id(), LADDER, nextDay, 10));
        assertEquals(List.of("a"), posts.dueForRefresh(account.id(), LADDER, nextDay, 1));

        int changed = posts.applyMetrics(account.id(), List.of("a", "b"), Map.of("a", new Metrics(9L, null, null, 70L)),
                nextDay);

        assertEquals(1, changed);
        assertEquals(List.of(), posts.dueForRefresh(account.id(), LADDER, nextDay, 10), "b was asked: not again at once");
        Post a = db.posts().page(account.account().artistId(), PostFilter.all(), null, 10).posts().get(0);
        assertEquals(new Metrics(9L, 0L, 0L, 70L), a.metrics(), "a count the platform leaves out keeps its value");
        assertEquals(2, posts.history(a.id()).size());
    }

    @Test
    void aRemovedAccountGetsNoPosts() {
        db.syncAccounts().removeLive(account.id());
        assertThrows(AccountGoneException.class,
                () -> posts.writePage(account.id(), List.of(post("1", Duration.ofHours(1), 1)), LADDER, NOW));
    }

    private long postId(String id, PostDraft draft) {
        posts.writePage(account.id(), List.of(draft), LADDER, NOW);
        return db.posts().page(account.account().artistId(), PostFilter.all(), null, 100).posts().stream()
                .filter(p -> p.externalPostId().equals(id)).findFirst().orElseThrow().id();
    }
}
