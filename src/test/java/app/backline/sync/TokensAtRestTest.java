package app.backline.sync;

import static app.backline.sync.SyncFixture.T0;
import static app.backline.testing.ScriptedClient.page;
import static app.backline.testing.ScriptedClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.testing.ScriptedClient;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Issue 4 item 5: no access token in the store's files, the logs, exceptions or status, at any point. */
class TokensAtRestTest {

    private static final String TOKEN = "IGQVJXsecretTOKENvalue0123456789wxyz";

    @TempDir
    Path dir;

    @Test
    void theTokenIsNeitherInTheH2FileNorInTheLogs() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger app = (Logger) LoggerFactory.getLogger("app.backline");
        Level was = app.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        app.setLevel(Level.DEBUG);
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            try (SyncFixture f = new SyncFixture(dir)) {
                long id = f.add("Mila", Platform.INSTAGRAM, "17841", "mila", TOKEN);
                server.enqueue(new MockResponse.Builder().body(page("c2", post("2", "two", T0.minusSeconds(60), 1)))
                        .build());
                server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":{\"code\":190}}").build());
                SyncEngine engine = f.engine(Map.of(Platform.INSTAGRAM, new ScriptedClient(Platform.INSTAGRAM, f.http,
                        () -> server.url("/"))));

                SyncOutcome outcome = engine.syncOnce(null).get(0);

                assertEquals(ConnectionState.DISCONNECTED, outcome.state());
                assertEquals("Bearer " + TOKEN, server.takeRequest().getHeaders().get("Authorization"),
                        "the token reached the platform");
                assertFalse(outcome.toString().contains(TOKEN));
                assertFalse(engine.status().toString().contains(TOKEN));
                assertEquals("…wxyz", engine.status().accounts().get(0).tokenHint());
                assertFalse(f.accounts().list(null).toString().contains(TOKEN));
                assertTrue(f.store().accounts().sealedTokens(id).orElseThrow().access().startsWith("v1:"));
            }
        } finally {
            root.detachAppender(logs);
            app.setLevel(was);
        }
        byte[] secret = TOKEN.getBytes(StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        Path store = files.stream().filter(p -> p.toString().endsWith(".mv.db")).findFirst().orElseThrow();
        assertTrue(contains(Files.readAllBytes(store), "https://example.com/p/2".getBytes(StandardCharsets.UTF_8)),
                "control: text the sync stored is readable in the file, so the search would find a token");
        for (Path file : files) {
            assertFalse(contains(Files.readAllBytes(file), secret), "token found in " + file);
            assertFalse(contains(Files.readAllBytes(file), TOKEN.substring(0, 20).getBytes(StandardCharsets.UTF_8)),
                    "part of the token found in " + file);
        }
        assertFalse(logs.list.isEmpty(), "the sync logged something");
        for (ILoggingEvent e : logs.list) {
            String line = e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertFalse(line.contains(TOKEN.substring(0, 20)), "token in a log line: " + line);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
