package app.backline.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.platform.PlatformClient;
import app.backline.testing.ScriptedClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class NoticesTest extends ScriptedSyncTest {

    private final List<AttentionNotice> notices = new CopyOnWriteArrayList<>();

    private SyncEngine engine() {
        Map<Platform, PlatformClient> clients = scripted(Platform.INSTAGRAM);
        SyncEngine engine = f.engine(clients);
        engine.subscribeNotices(notices::add);
        return engine;
    }

    private SyncOutcome failOnce(SyncEngine engine) {
        server.enqueue(new MockResponse.Builder().code(200).body("not json").build());
        f.clock.advance(Duration.ofMinutes(10));
        return engine.syncOnce(null).get(0);
    }

    @Test
    void threeFailedRunsInARowGiveOneNoticeADayAlsoAcrossARestart() {
        long id = f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");
        SyncEngine engine = engine();

        failOnce(engine);
        failOnce(engine);
        assertEquals(0, notices.size(), "two failures are not yet a pattern");
        assertEquals(ConnectionState.ERROR, failOnce(engine).state());
        assertEquals(1, notices.size());
        AttentionNotice notice = notices.get(0);
        assertEquals(id, notice.accountId());
        assertEquals("Mila", notice.artistName());
        assertTrue(notice.message().startsWith("Instagram @mila failed 3 syncs in a row: Instagram sent a response"),
                notice.message());
        assertEquals(f.clock.instant(), notice.at());

        failOnce(engine);
        failOnce(engine);
        assertEquals(1, notices.size(), "at most one a day");

        f.reopen();
        SyncEngine restarted = engine();
        failOnce(restarted);
        assertEquals(1, notices.size(), "a restart does not repeat the day's notice");

        f.clock.advance(Duration.ofHours(24));
        failOnce(restarted);
        assertEquals(2, notices.size(), "a day later it may tell again");
        assertTrue(notices.get(1).message().contains("failed 7 syncs in a row"), notices.get(1).message());
    }

    @Test
    void aDisconnectedAccountGivesANoticeAtOnce() {
        f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());

        SyncOutcome outcome = engine().syncOnce(null).get(0);

        assertEquals(ConnectionState.DISCONNECTED, outcome.state());
        assertEquals(1, notices.size());
        assertEquals("Instagram @mila: Instagram no longer accepts the access token (expired or revoked): "
                + "reconnect the account", notices.get(0).message());
    }

    @Test
    void successResetsTheCountOfFailures() {
        long id = f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");
        SyncEngine engine = engine();
        failOnce(engine);
        failOnce(engine);
        server.enqueue(new MockResponse.Builder().body(ScriptedClient.page(null)).build());
        f.clock.advance(Duration.ofMinutes(10));
        assertEquals(ConnectionState.READY, engine.syncOnce(null).get(0).state());
        assertEquals(0, f.store().accounts().find(id).orElseThrow().consecutiveFailures());
        failOnce(engine);
        assertEquals(0, notices.size());
    }
}
