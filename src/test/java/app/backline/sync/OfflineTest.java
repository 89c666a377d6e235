package app.backline.sync;

import static app.backline.sync.SyncFixture.T0;
import static app.backline.testing.ScriptedClient.page;
import static app.backline.testing.ScriptedClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.domain.SyncRun;
import app.backline.domain.SyncRunStatus;
import app.backline.testing.ScriptedClient;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineTest {

    @TempDir
    Path dir;

    @Test
    void noNetworkPausesPollingWithoutErrorsAndOneProbeBringsItBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        HttpUrl base = HttpUrl.get("http://localhost:" + port + "/");
        try (SyncFixture f = new SyncFixture(dir); MockWebServer server = new MockWebServer()) {
            long id = f.add("Mila", Platform.TIKTOK, "open-1", "mila", "act.tiktok-token-123456");
            SyncEngine engine = f.engine(Map.of(Platform.TIKTOK, new ScriptedClient(Platform.TIKTOK, f.http,
                    () -> base)));
            List<SyncStatus> seen = new CopyOnWriteArrayList<>();
            engine.subscribe(seen::add);

            engine.start();
            Waits.until("offline", Duration.ofSeconds(10), () -> engine.status().offline());

            assertEquals(ConnectionState.PENDING, engine.status().accounts().get(0).account().state());
            Thread.sleep(500); // five probe intervals: probes, but no runs and no failures
            List<SyncRun> runs = engine.runs(SyncRunQuery.latest(10));
            assertEquals(1, runs.size(), "one cut-off run, no storm");
            assertEquals(SyncRunStatus.INTERRUPTED, runs.get(0).status());
            assertTrue(runs.get(0).error().startsWith("Offline"), runs.get(0).error());
            assertEquals(0, f.store().accounts().find(id).orElseThrow().consecutiveFailures());

            server.enqueue(new MockResponse.Builder().body("{\"id\":\"open-1\",\"handle\":\"mila\"}").build());
            server.enqueue(new MockResponse.Builder().body(page(null, post("7", "back online", T0.minusSeconds(60), 1)))
                    .build());
            server.start(port);
            Waits.until("synced after the network came back", Duration.ofSeconds(15), () -> !engine.status().offline()
                    && engine.status().accounts().get(0).account().state() == ConnectionState.READY);

            assertEquals("/scripted/me", server.takeRequest().getUrl().encodedPath(), "the probe");
            assertEquals("/scripted/posts", server.takeRequest().getUrl().encodedPath(), "then the resumed sync");
            assertEquals(SyncRunStatus.SUCCEEDED, engine.runs(SyncRunQuery.latest(1)).get(0).status());
            assertTrue(seen.stream().anyMatch(SyncStatus::offline));
            assertFalse(seen.stream().flatMap(s -> s.accounts().stream())
                    .anyMatch(a -> a.account().state() == ConnectionState.ERROR), "never ERROR while offline");
        }
    }

    @Test
    void aPlatformThatStallsDoesNotKeepTheAppOfflineOnceAnotherAnswers() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        HttpUrl closed = HttpUrl.get("http://localhost:" + port + "/");
        try (SyncFixture f = new SyncFixture(dir); MockWebServer stalled = new MockWebServer();
             MockWebServer instagram = new MockWebServer()) {
            stalled.setDispatcher(new mockwebserver3.Dispatcher() {
                @Override
                public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                    return new MockResponse.Builder().headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
                            .body("{}").build();
                }
            });
            stalled.start();
            long tiktok = f.add("Mila", Platform.TIKTOK, "open-1", "mila", "act.tiktok-token-123456");
            f.add("Mila", Platform.INSTAGRAM, "1784", "mila", "IGQW-instagram-token-123456");
            SyncEngine engine = f.engine(Map.of(
                    Platform.TIKTOK, new ScriptedClient(Platform.TIKTOK, f.http, () -> stalled.url("/")),
                    Platform.INSTAGRAM, new ScriptedClient(Platform.INSTAGRAM, f.http, () -> closed)));
            engine.setPaused(tiktok, true); // only Instagram runs; TikTok, cheapest to probe, comes first in probes
            engine.start();
            Waits.until("offline", Duration.ofSeconds(15), () -> engine.status().offline());

            instagram.setDispatcher(new mockwebserver3.Dispatcher() {
                @Override
                public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                    return new MockResponse.Builder().body(request.getUrl().encodedPath().endsWith("/me")
                            ? "{\"id\":\"1784\",\"handle\":\"mila\"}" : page(null)).build();
                }
            });
            instagram.start(port);
            Waits.until("online although TikTok still stalls", Duration.ofSeconds(20), () -> !engine.status().offline());
            engine.close();
        }
    }
}
