package app.backline.sync;

import static app.backline.sync.SyncFixture.T0;
import static app.backline.testing.ScriptedClient.page;
import static app.backline.testing.ScriptedClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRun;
import app.backline.domain.SyncRunStatus;
import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.PlatformClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ResumeTest extends ScriptedSyncTest {

    private Map<Platform, PlatformClient> clients() {
        return scripted(Platform.X);
    }

    private static Instant at(int minutesAgo) {
        return T0.minus(Duration.ofMinutes(minutesAgo));
    }

    private List<String> feedIds(long accountId) {
        long artist = f.store().accounts().find(accountId).orElseThrow().account().artistId();
        return f.db().posts().page(artist, PostFilter.all(), null, 100).posts().stream()
                .map(Post::externalPostId).toList();
    }

    @Test
    void closingMidBackfillStopsAtThePageBoundaryAndTheNextRunResumesAtTheSavedCursor() throws Exception {
        long id = f.add("Mila", Platform.X, "42", "mila", "token-abcdefghijkl");
        server.enqueue(new MockResponse.Builder().body(page("c2", post("6", "six", at(1), 1), post("5", "five", at(2), 1)))
                .build());
        server.enqueue(new MockResponse.Builder().body(page("c3", post("4", "four", at(3), 1), post("3", "three", at(4), 1)))
                .headersDelay(300, TimeUnit.MILLISECONDS).build());
        SyncEngine engine = f.engine(clients());
        engine.start();
        Waits.until("page 2 asked for", Duration.ofSeconds(10), () -> server.getRequestCount() >= 2);

        engine.close();

        SyncAccount cut = f.store().accounts().find(id).orElseThrow();
        assertEquals(ConnectionState.PENDING, cut.state(), "back to the state it had");
        assertEquals("c3", cut.backfillCursor(), "page 2 committed before the run stopped");
        SyncRun run = engine.runs(SyncRunQuery.latest(1)).get(0);
        assertEquals(SyncRunStatus.INTERRUPTED, run.status());
        assertEquals(4, run.added());
        assertEquals(2, server.getRequestCount(), "no page after the shutdown");

        server.enqueue(new MockResponse.Builder().body(page(null, post("2", "two", at(5), 1), post("1", "one", at(6), 1)))
                .build());
        SyncOutcome resumed = f.engine(clients()).syncOnce(null).get(0);

        server.takeRequest();
        server.takeRequest();
        assertEquals("c3", server.takeRequest().getUrl().queryParameter("cursor"));
        assertEquals(ConnectionState.READY, resumed.state());
        assertEquals(2, resumed.added());
        assertEquals(List.of("6", "5", "4", "3", "2", "1"), feedIds(id));
        assertEquals("6", f.store().accounts().find(id).orElseThrow().newestPostId());
    }

    @Test
    void afterACrashTheRunIsInterruptedTheStateRestoredAndTheBackfillResumes() throws Exception {
        long id = f.add("Mila", Platform.X, "42", "mila", "token-abcdefghijkl");
        // What a process killed after its first committed page leaves behind:
        SyncAccount before = f.store().accounts().find(id).orElseThrow();
        f.store().accounts().beginSync(id, ConnectionState.PENDING, T0);
        f.store().runs().start(id, before.account().artistId(), SyncMode.BACKFILL, T0);
        f.store().posts().writePage(id, List.of(draft("6", at(1)), draft("5", at(2))),
                SyncSettings.defaults().ladder(), T0);
        f.store().accounts().saveBackfill(id, "c2", false, "6", at(1));
        f.reopen();

        // The platform serves page 2 from the cursor, and page 1 again would be harmless.
        server.enqueue(new MockResponse.Builder().body(page(null, post("5", "five", at(2), 1), post("4", "four", at(3), 1)))
                .build());
        SyncEngine engine = f.engine(clients());
        SyncOutcome outcome = engine.syncOnce(null).get(0);

        assertEquals("c2", server.takeRequest().getUrl().queryParameter("cursor"));
        assertEquals(ConnectionState.READY, outcome.state());
        assertEquals(1, outcome.added(), "post 5 was there already: updated in place, not twice");
        assertEquals(List.of("6", "5", "4"), feedIds(id));
        List<SyncRun> runs = engine.runs(SyncRunQuery.latest(10));
        assertEquals(SyncRunStatus.SUCCEEDED, runs.get(0).status());
        assertEquals(SyncRunStatus.INTERRUPTED, runs.get(1).status());
        assertEquals("Backline stopped before this run ended", runs.get(1).error());
    }

    @Test
    void aSyncPageCutOffMidCommitIsUndoneSilentlyWhileAnImportTellsTheUser() throws Exception {
        f.add("Mila", Platform.X, "42", "mila", "token-abcdefghijkl");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store/backline")
                .toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO ingest_run (artist_id, account_id, state, created_artist, created_account, "
                    + "added, started_at, source) VALUES (1, 1, 'RUNNING', FALSE, FALSE, 0, CURRENT_TIMESTAMP, 'SYNC')");
        }
        f.reopen();
        assertEquals(List.of(), f.db().recoveryNotes(), "the sync fetches that page again by itself");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store/backline")
                .toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT state FROM ingest_run")) {
            assertTrue(rs.next());
            assertEquals("INTERRUPTED", rs.getString(1));
        }
    }

    private static app.backline.domain.PostDraft draft(String id, Instant at) {
        return new app.backline.domain.PostDraft(Platform.X, id, null, "post " + id,
                app.backline.domain.MediaType.TEXT, at, new app.backline.domain.Metrics(1L, 1L, null, null), null,
                false, false, null, null, app.backline.domain.IngestSource.POLL, List.of());
    }
}
