package app.backline.replay;

import app.backline.accounts.AccountRequest;
import app.backline.app.AppContext;
import app.backline.app.AppPaths;
import app.backline.domain.ArtistRef;
import app.backline.domain.Platform;
import app.backline.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4's end-to-end check: {@code sync --once} in a child JVM, with {@code BACKLINE_API_BASE_*} pointing at
 * loopback servers that replay the recorded payloads of all five platforms. Skipped without the samples.
 */
class LiveSyncReplayTest {

    private static final Map<Platform, String> TOKENS = Map.of(
            Platform.INSTAGRAM, "replay-instagram-token-00001111", Platform.TIKTOK, "replay-tiktok-token-00002222",
            Platform.YOUTUBE, "replay-youtube-token-00003333", Platform.X, "replay-x-token-00004444",
            Platform.LINKEDIN, "replay-linkedin-token-00005555");
    private static final String EXPIRED = "expired-x-token-00006666";
    private static final String LIMITED = "limited-youtube-token-00007777";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void syncOnceIngestsEveryRecordedPageThenOnlyUpdatesMetrics() throws Exception {
        Path samples = Samples.require("x/v2/users_id_tweets_public_metrics.json").getParent().getParent().getParent();
        Path data = dir.resolve("data");
        addAccounts(data);
        try (PlatformReplay replay = PlatformReplay.start(samples, Clock.systemUTC(), 0)) {
            Map<String, String> env = new HashMap<>(replay.environment());
            env.put("XDG_STATE_HOME", dir.resolve("state").toString());
            ChildBackline backline = new ChildBackline(data, env);

            long started = System.nanoTime();
            ChildBackline.Result first = backline.run("sync", "--once");
            long firstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals(1, first.exitCode(), "an account that failed makes the exit code 1: " + first.output());
            assertLine(first, "\"Mila\" instagram @mila: READY, 4 new");
            assertLine(first, "\"Mila\" tiktok @mila: READY, 1 new");
            // both artists connect the same recorded channel and a post is stored once per platform: whichever
            // job stores the 13 videos first (Kofi's waits out a 429 first, but a loaded machine can reverse it)
            assertLine(first, "\"Mila\" youtube (no handle): READY");
            assertEquals(13, added(first, "\"Mila\" youtube") + added(first, "\"Kofi\" youtube"), first.output());
            assertLine(first, "\"Mila\" x @mila: READY, 10 new");
            assertLine(first, "\"Mila\" linkedin (no handle): READY, 1 new");
            assertLine(first, "\"Kofi\" x @kofi: DISCONNECTED, 0 new, 0 updated, 1 requests — X no longer accepts "
                    + "the access token");
            assertLine(first, "\"Kofi\" youtube (no handle): READY");
            assertTrue(firstMillis >= 2000, "the 429's Retry-After of 2 s was waited out, run took " + firstMillis + " ms");
            int limitedRequests = replay.requests("limited-");
            assertTrue(limitedRequests >= 2 && limitedRequests <= 5, "one 429, then the pages: " + limitedRequests);

            replay.bumpMetrics(5);
            ChildBackline.Result second = backline.run("sync", "--once");
            for (String platform : List.of("instagram", "tiktok", "youtube", "x", "linkedin")) {
                assertTrue(second.output().lines().anyMatch(l -> l.startsWith("\"Mila\" " + platform)
                        && l.contains(": READY, 0 new, ")), platform + " adds nothing the second time: " + second.output());
            }
            assertTrue(updated(second, "\"Mila\" instagram") > 0 && updated(second, "\"Mila\" x") > 0,
                    "changed metrics are updated in place: " + second.output());
            assertLine(second, "\"Kofi\" x @kofi: DISCONNECTED, 0 new, 0 updated, 0 requests");
            assertEquals(1, replay.requests(EXPIRED), "a DISCONNECTED account is not asked again");

            assertNoToken(first.output() + second.output(), "the console output and its log lines");
            assertTrue(replay.log().stream().anyMatch(l -> l.contains(" GET /media/")), "thumbnails were cached");
            try (Stream<Path> cached = Files.walk(data.resolve("media"))) {
                assertTrue(cached.anyMatch(f -> f.toString().endsWith(".png")), "cached thumbnails are in the data dir");
            }

            ChildBackline.Result accounts = backline.run("accounts", "list", "--json");
            assertEquals(0, accounts.exitCode(), accounts.output());
            assertNoToken(accounts.output(), "accounts list --json");
        }
        assertNoTokenIn(data);
        if (Files.exists(dir.resolve("state"))) {
            assertNoTokenIn(dir.resolve("state"));
        }
    }

    private static void addAccounts(Path data) {
        try (AppContext context = AppContext.open(AppPaths.resolve(data.toString(), Map.of(), "Linux", "/nonexistent"))) {
            ArtistRef mila = ArtistRef.byName("Mila");
            add(context, mila, Platform.INSTAGRAM, "17841405822304914", "mila", TOKENS.get(Platform.INSTAGRAM));
            add(context, mila, Platform.TIKTOK, null, "mila", TOKENS.get(Platform.TIKTOK));
            add(context, mila, Platform.YOUTUBE, "UCK8sQmJBp8GCxrOtXWBpyEA", null, TOKENS.get(Platform.YOUTUBE));
            add(context, mila, Platform.X, "2244994945", "mila", TOKENS.get(Platform.X));
            add(context, mila, Platform.LINKEDIN, "urn:li:organization:2414183", null, TOKENS.get(Platform.LINKEDIN));
            ArtistRef kofi = ArtistRef.byName("Kofi");
            add(context, kofi, Platform.X, "783214", "kofi", EXPIRED);
            add(context, kofi, Platform.YOUTUBE, "UC_x5XG1OV2P6uZZ5FSM9Ttw", null, LIMITED);
        }
    }

    private static void add(AppContext context, ArtistRef artist, Platform platform, String userId, String handle,
                            String token) {
        context.accounts().add(new AccountRequest(artist, platform, userId, handle, null, token, null, 365));
    }

    private static void assertLine(ChildBackline.Result result, String start) {
        assertTrue(result.output().lines().anyMatch(l -> l.startsWith(start)), "no line starting " + start + " in:\n"
                + result.output());
    }

    private static int added(ChildBackline.Result result, String start) {
        String line = result.output().lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
        return Integer.parseInt(line.replaceAll(".*: \\w+, (\\d+) new.*", "$1"));
    }

    private static int updated(ChildBackline.Result result, String start) {
        String line = result.output().lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
        return Integer.parseInt(line.replaceAll(".* (\\d+) updated.*", "$1"));
    }

    private static void assertNoToken(String text, String where) {
        for (String token : allTokens()) {
            assertFalse(text.contains(token), where + " shows a token");
            assertFalse(text.contains(token.substring(0, 16)), where + " shows part of a token");
        }
    }

    private static void assertNoTokenIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertNoToken(bytes, file.toString());
            }
        }
    }

    private static List<String> allTokens() {
        return Stream.concat(TOKENS.values().stream(), Stream.of(EXPIRED, LIMITED)).toList();
    }
}
