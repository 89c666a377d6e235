package app.backline.cli;

import static app.backline.testing.ScriptedClient.page;
import static app.backline.testing.ScriptedClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.app.AppContext;
import app.backline.app.AppPaths;
import app.backline.domain.Platform;
import app.backline.testing.ScriptedClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {

    @TempDir
    Path dataDir;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The app's own composition root, with a scripted X client against the local server. */
    private CliSession open(String option) {
        return AppContext.open(AppPaths.resolve(option, Map.of(), System.getProperty("os.name"),
                        System.getProperty("user.home")),
                (http, bases) -> Map.of(Platform.X, new ScriptedClient(Platform.X, http, () -> server.url("/"))));
    }

    private CliRun cli(String stdin, String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dataDir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return CliRun.runWithInput(this::open, stdin, full);
    }

    private void ok(String body) {
        server.enqueue(new MockResponse.Builder().body(body).build());
    }

    @Test
    void syncOncePrintsOneLinePerAccountAndRunsListShowsTheRuns() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        cli("x-token-abcdefghij", "accounts", "add", "--artist", "Mila", "--platform", "x", "--user-id", "42",
                "--handle", "mila", "--token-stdin");
        cli("li-token-abcdefghij", "accounts", "add", "--artist", "Jon", "--platform", "linkedin", "--user-id",
                "urn:li:person:9", "--handle", "jon", "--token-stdin");
        ok(page("c2", post("3", "three", now.minus(Duration.ofHours(1)), 1), post("2", "two", now.minus(Duration.ofHours(2)), 1)));
        ok(page(null, post("1", "one", now.minus(Duration.ofHours(3)), 1)));

        CliRun first = cli("", "sync", "--once", "--artist", "Mila");
        assertEquals(0, first.exitCode(), first.err() + first.out());
        assertEquals(List.of("\"Mila\" x @mila: READY, 3 new, 0 updated, 2 requests"), first.out().lines().toList());

        ok(page(null, post("3", "three", now.minus(Duration.ofHours(1)), 9)));
        CliRun second = cli("", "sync", "--once");
        assertEquals(1, second.exitCode(), "the LinkedIn account cannot sync in this build");
        assertEquals(List.of("\"Jon\" linkedin @jon: PENDING, 0 new, 0 updated, 0 requests — Backline cannot sync "
                        + "LinkedIn accounts in this version",
                "\"Mila\" x @mila: READY, 0 new, 1 updated, 1 requests"), second.out().lines().toList());

        CliRun runs = cli("", "runs", "list", "--json");
        assertEquals(0, runs.exitCode(), runs.err());
        JsonNode json = new ObjectMapper().readTree(runs.out());
        assertEquals(2, json.size());
        JsonNode newest = json.get(0);
        assertEquals("MANUAL", newest.get("mode").asText());
        assertEquals("SUCCEEDED", newest.get("status").asText());
        assertEquals("Mila", newest.get("artist").asText());
        assertEquals("x", newest.get("platform").asText());
        assertEquals("mila", newest.get("handle").asText());
        assertEquals(0, newest.get("added").asInt());
        assertEquals(1, newest.get("updated").asInt());
        assertEquals(1, newest.get("requests").asInt());
        assertTrue(newest.get("error").isNull());
        assertTrue(newest.get("startedAt").asText().endsWith("Z"));
        assertEquals("BACKFILL", json.get(1).get("mode").asText());
        assertEquals(3, json.get(1).get("added").asInt());

        CliRun filtered = cli("", "runs", "list", "--json", "--status", "failed");
        assertEquals("[ ]", filtered.out().strip());
        List<String> table = cli("", "runs", "list", "--artist", "mila", "--limit", "1").out().lines().toList();
        assertEquals(2, table.size());
        assertTrue(table.get(0).startsWith("ID  STARTED"), table.get(0));
    }

    @Test
    void aDisconnectedAccountFailsTheCycleAndIsNotAskedAgain() {
        cli("x-token-abcdefghij", "accounts", "add", "--artist", "Mila", "--platform", "x", "--user-id", "42",
                "--handle", "mila", "--token-stdin");
        server.enqueue(new MockResponse.Builder().code(401).body("{\"title\":\"Unauthorized\"}").build());

        CliRun run = cli("", "sync", "--once");
        assertEquals(1, run.exitCode());
        assertEquals("\"Mila\" x @mila: DISCONNECTED, 0 new, 0 updated, 1 requests — X no longer accepts the access "
                + "token (expired or revoked): reconnect the account", run.out().strip());

        CliRun again = cli("", "sync", "--once");
        assertEquals(1, again.exitCode());
        assertTrue(again.out().contains("DISCONNECTED, 0 new, 0 updated, 0 requests"), again.out());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void noAccountsIsNotAFailureAndOnceIsRequired() {
        CliRun none = cli("", "sync", "--once");
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().startsWith("No connected accounts to sync."));
        assertEquals(2, cli("", "sync").exitCode());
        assertEquals("No sync runs yet.", cli("", "runs", "list").out().strip());
        assertEquals(2, cli("", "runs", "list", "--status", "sleeping").exitCode());
    }
}
