package app.backline.sync;

import static app.backline.sync.SyncFixture.T0;
import static app.backline.testing.ScriptedClient.page;
import static app.backline.testing.ScriptedClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRun;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Connections panel drives: status snapshots, Sync now, Pause; and the after-run hook. */
class ControlsTest extends ScriptedSyncTest {

    private final AtomicInteger afterRuns = new AtomicInteger();
    private SyncEngine engine;

    @BeforeEach
    void setUp() {
        engine = f.engine(scripted(Platform.X),
                SyncFixture.unlimited(), SyncFixture.settings(), afterRuns::incrementAndGet);
    }

    @Test
    void everyTransitionAndPageIsPublishedAsItHappens() throws Exception {
        long id = f.add("Mila", Platform.X, "42", "mila", "x-token-abcdefghij");
        server.enqueue(new MockResponse.Builder().body(page("c2", post("2", "two", T0.minusSeconds(60), 1))).build());
        server.enqueue(new MockResponse.Builder().body(page(null, post("1", "one", T0.minusSeconds(90), 1)))
                .headersDelay(200, TimeUnit.MILLISECONDS).build());
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        engine.subscribe(seen::add);

        engine.start();
        Waits.until("READY", Duration.ofSeconds(10), () -> state(engine.status()) == ConnectionState.READY
                && !engine.status().accounts().get(0).running());

        List<ConnectionState> states = seen.stream().map(ControlsTest::state).distinct().toList();
        assertEquals(List.of(ConnectionState.PENDING, ConnectionState.SYNCING, ConnectionState.READY), states);
        assertTrue(seen.stream().anyMatch(s -> s.accounts().get(0).running() && s.syncing() == 1));
        assertTrue(seen.stream().anyMatch(s -> "Backfill: 1 posts so far".equals(s.accounts().get(0).activity())),
                "page progress is published");
        AccountSyncState ready = engine.status().accounts().get(0);
        assertNull(ready.activity());
        assertNotNull(ready.nextSyncAt());
        assertEquals("…ghij", ready.tokenHint());
        assertEquals("Mila", ready.artistName());
        assertEquals(1, afterRuns.get(), "the media cache's hook runs after the run");
        assertEquals(id, ready.account().id());
    }

    @Test
    void pauseStopsPollingButSyncNowStillRuns() throws Exception {
        long id = f.add("Mila", Platform.X, "42", "mila", "x-token-abcdefghij");
        engine.start();
        engine.setPaused(id, true);
        AccountSyncState paused = engine.status().accounts().get(0);
        assertTrue(paused.paused());
        assertNull(paused.nextSyncAt());
        Thread.sleep(2500); // a new account would be due within 2 s
        assertEquals(0, server.getRequestCount());

        server.enqueue(new MockResponse.Builder().body(page(null, post("1", "one", T0.minusSeconds(90), 1))).build());
        engine.syncNow(id);
        Waits.until("synced by hand", Duration.ofSeconds(10), () -> state(engine.status()) == ConnectionState.READY);
        SyncRun run = engine.runs(new SyncRunQuery(null, id, null, 5)).get(0);
        assertEquals(SyncMode.BACKFILL, run.mode(), "the first run of an account is its backfill");
        assertTrue(f.store().accounts().find(id).orElseThrow().paused());
        assertNull(engine.status().accounts().get(0).nextSyncAt(), "still paused");

        engine.setPaused(id, false);
        assertNotNull(engine.status().accounts().get(0).nextSyncAt());
    }

    @Test
    void anAccountAddedWhileRunningIsPickedUp() throws Exception {
        engine.start();
        server.enqueue(new MockResponse.Builder().body(page(null, post("1", "one", T0.minusSeconds(90), 1))).build());
        f.add("Mila", Platform.X, "42", "mila", "x-token-abcdefghij");
        engine.accountsChanged();
        Waits.until("the new account synced", Duration.ofSeconds(10), () -> !engine.status().accounts().isEmpty()
                && state(engine.status()) == ConnectionState.READY);
    }

    private static ConnectionState state(SyncStatus s) {
        return s.accounts().isEmpty() ? null : s.accounts().get(0).account().state();
    }
}
