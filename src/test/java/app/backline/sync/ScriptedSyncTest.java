package app.backline.sync;

import app.backline.domain.Platform;
import app.backline.platform.PlatformClient;
import app.backline.testing.ScriptedClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base for engine tests that script one loopback {@link MockWebServer}: a fresh {@link SyncFixture} in
 * {@code dir} and a started server before each test, both closed after it (store first, then server).
 * Subclasses' own {@code @BeforeEach} methods run after this one, so they can build engines from {@code f}.
 */
abstract class ScriptedSyncTest {

    @TempDir
    Path dir;

    final MockWebServer server = new MockWebServer();
    SyncFixture f;

    @BeforeEach
    protected final void startServerAndStore() throws IOException {
        server.start();
        f = new SyncFixture(dir);
    }

    @AfterEach
    protected final void closeStoreAndServer() {
        f.close();
        server.close();
    }

    /** One {@link ScriptedClient} for {@code platform}, talking to {@link #server}. */
    final Map<Platform, PlatformClient> scripted(Platform platform) {
        return Map.of(platform, new ScriptedClient(platform, f.http, () -> server.url("/")));
    }
}
