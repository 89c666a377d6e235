package app.backline.sync;

import static app.backline.sync.SyncFixture.T0;
import static app.backline.testing.ScriptedClient.page;
import static app.backline.testing.ScriptedClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.domain.SyncRun;
import app.backline.domain.SyncRunStatus;
import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.PlatformClient;
import app.backline.platform.PollPace;
import app.backline.platform.RateLimitedException;
import app.backline.platform.RequestMeter;
import app.backline.testing.ScriptedClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class FailureHandlingTest extends ScriptedSyncTest {

    private static final String TOKEN = "EAAB-token-abcdefghijkl";

    private Map<Platform, PlatformClient> client() {
        return scripted(Platform.X);
    }

    private void ok(String body) {
        server.enqueue(new MockResponse.Builder().code(200).body(body).build());
    }

    private void status(int code, String body, String... header) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).body(body);
        if (header.length == 2) {
            b.addHeader(header[0], header[1]);
        }
        server.enqueue(b.build());
    }

    private static String onePage() {
        return page(null, post("1001", "hello", T0.minusSeconds(60), 3));
    }

    private SyncAccount account(long id) {
        return f.store().accounts().find(id).orElseThrow();
    }

    @Test
    void a429WithRetryAfterIsWaitedOutNotHammered() {
        long id = f.add("Mila", Platform.X, "42", "mila", TOKEN);
        status(429, "{\"errors\":[{\"code\":88}]}", "Retry-After", "1");
        ok(onePage());
        long start = System.nanoTime();

        SyncOutcome outcome = f.engine(client()).syncOnce(null).get(0);

        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(950), "waited the second it asked");
        assertEquals(2, server.getRequestCount());
        assertEquals(ConnectionState.READY, outcome.state());
        assertEquals(1, outcome.added());
        assertEquals(2, outcome.requests(), "the retry is counted");
        assertEquals(ConnectionState.READY, account(id).state());
    }

    @Test
    void aLongRateLimitEndsTheRunAndReschedulesAfterIt() {
        long id = f.add("Mila", Platform.X, "42", "mila", TOKEN);
        status(429, "{\"errors\":[{\"code\":88}]}", "Retry-After", "900");

        SyncEngine engine = f.engine(client());
        SyncOutcome outcome = engine.syncOnce(null).get(0);

        assertEquals(1, server.getRequestCount(), "a wait longer than a run may wait is not waited in the run");
        assertEquals(ConnectionState.PENDING, outcome.state(), "a rate limit is not the account's failure");
        assertTrue(outcome.error().contains("slow down"), outcome.error());
        SyncAccount a = account(id);
        assertEquals(T0.plusSeconds(900), a.nextSyncAt());
        assertEquals(0, a.consecutiveFailures());
        assertEquals(SyncRunStatus.FAILED, engine.runs(SyncRunQuery.latest(1)).get(0).status());
        assertTrue(engine.status().accounts().get(0).note().contains("next try at 12:15 UTC"),
                engine.status().accounts().get(0).note());
    }

    @Test
    void a5xxThenSuccessSucceeds() {
        f.add("Mila", Platform.X, "42", "mila", TOKEN);
        status(503, "busy");
        ok(onePage());

        SyncOutcome outcome = f.engine(client()).syncOnce(null).get(0);

        assertEquals(ConnectionState.READY, outcome.state());
        assertEquals(2, outcome.requests());
        assertNull(outcome.error());
    }

    @Test
    void aTimeoutIsRetriedAndRepeatedTimeoutsEndInErrorWithBackoff() {
        long id = f.add("Mila", Platform.X, "42", "mila", TOKEN);
        server.enqueue(new MockResponse.Builder().code(200).body(onePage()).headersDelay(1, TimeUnit.SECONDS).build());
        ok(onePage());
        SyncEngine engine = f.engine(client());
        assertEquals(ConnectionState.READY, engine.syncOnce(null).get(0).state());

        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body(onePage())
                    .headersDelay(1, TimeUnit.SECONDS).build());
        }
        f.clock.advance(Duration.ofMinutes(10));
        SyncOutcome failed = engine.syncOnce(null).get(0);

        assertEquals(ConnectionState.ERROR, failed.state());
        assertEquals("X did not answer in time", failed.error());
        assertEquals(3, failed.requests(), "three attempts in all");
        SyncAccount a = account(id);
        assertEquals(1, a.consecutiveFailures());
        assertEquals("X did not answer in time", a.account().lastError());
        assertEquals(f.clock.instant().plusSeconds(300), a.nextSyncAt(), "retried at the next poll");
    }

    @Test
    void aMalformedBodyIsAnErrorInPlainWordsAndNotRetried() {
        long id = f.add("Mila", Platform.X, "42", "mila", TOKEN);
        ok("<html>Service temporarily replaced by a cat</html>");

        SyncEngine engine = f.engine(client());
        SyncOutcome outcome = engine.syncOnce(null).get(0);

        assertEquals(ConnectionState.ERROR, outcome.state());
        assertTrue(outcome.error().startsWith("X sent a response Backline cannot read"), outcome.error());
        assertEquals(1, server.getRequestCount());
        SyncRun run = engine.runs(SyncRunQuery.latest(1)).get(0);
        assertEquals(SyncRunStatus.FAILED, run.status());
        assertEquals(outcome.error(), run.error());
        assertEquals(outcome.error(), account(id).account().lastError());
    }

    @Test
    void aTokenExpiringMidBackfillDisconnectsThatAccountWhileTheOthersFinish() throws Exception {
        try (MockWebServer tiktok = new MockWebServer(); MockWebServer linkedin = new MockWebServer()) {
            tiktok.start();
            linkedin.start();
            long x = f.add("Mila", Platform.X, "42", "mila", TOKEN);
            long tt = f.add("Mila", Platform.TIKTOK, "open-1", "mila", "act.tiktok-token-123456");
            long li = f.add("Jon", Platform.LINKEDIN, "urn:li:person:9", "jon", "AQV-linkedin-token-123456");
            ok(page("c2", post("1002", "x two", T0.minusSeconds(60), 1), post("1001", "x one", T0.minusSeconds(120), 1)));
            status(401, "{\"title\":\"Unauthorized\",\"status\":401}");
            for (MockWebServer s : List.of(tiktok, linkedin)) {
                s.enqueue(new MockResponse.Builder().body(page("c2", post(s.getPort() + "-2", "two",
                        T0.minusSeconds(60), 1), post(s.getPort() + "-1", "one", T0.minusSeconds(90), 1))).build());
                s.enqueue(new MockResponse.Builder().body(page(null, post(s.getPort() + "-0", "zero",
                        T0.minusSeconds(120), 1))).build());
            }
            SyncEngine engine = f.engine(Map.of(Platform.X, client().get(Platform.X),
                    Platform.TIKTOK, new ScriptedClient(Platform.TIKTOK, f.http, () -> tiktok.url("/")),
                    Platform.LINKEDIN, new ScriptedClient(Platform.LINKEDIN, f.http, () -> linkedin.url("/"))));

            Map<Long, SyncOutcome> outcomes = byAccount(engine.syncOnce(null));

            assertEquals(ConnectionState.DISCONNECTED, outcomes.get(x).state());
            assertEquals("X no longer accepts the access token (expired or revoked): reconnect the account",
                    outcomes.get(x).error());
            assertEquals(2, outcomes.get(x).added(), "the first page stays");
            assertEquals(ConnectionState.READY, outcomes.get(tt).state());
            assertEquals(3, outcomes.get(tt).added());
            assertEquals(ConnectionState.READY, outcomes.get(li).state());
            SyncAccount disconnected = account(x);
            assertNull(disconnected.nextSyncAt(), "no more polling");
            assertEquals("c2", disconnected.backfillCursor());
            assertNull(engine.status().accounts().stream().filter(s -> s.account().id() == x).findFirst()
                    .orElseThrow().nextSyncAt());

            tiktok.enqueue(new MockResponse.Builder().body(page(null)).build());
            linkedin.enqueue(new MockResponse.Builder().body(page(null)).build());
            Map<Long, SyncOutcome> second = byAccount(engine.syncOnce(null));
            assertEquals(ConnectionState.READY, second.get(tt).state());
            SyncOutcome again = second.get(x);
            assertEquals(ConnectionState.DISCONNECTED, again.state());
            assertEquals(0, again.requests());
            assertEquals(2, server.getRequestCount(), "a disconnected account is not asked again");
        }
    }

    @Test
    void theRequestBudgetEndsTheRunAndTheNextRunResumesAtTheSavedCursor() throws Exception {
        long id = f.add("Mila", Platform.X, "42", "mila", TOKEN);
        AtomicInteger allowed = new AtomicInteger(2);
        RequestMeter refusing = new RequestMeter() {
            private final AtomicInteger made = new AtomicInteger();

            @Override
            public void beforeRequest(int cost) {
                if (allowed.getAndDecrement() <= 0) {
                    throw new RateLimitedException(Platform.X, "X budget spent for this window",
                            Duration.ofMinutes(10), false);
                }
                made.incrementAndGet();
            }

            @Override
            public int requests() {
                return made.get();
            }
        };
        ok(page("c2", post("4", "four", T0.minusSeconds(60), 1), post("3", "three", T0.minusSeconds(70), 1)));
        ok(page("c3", post("2", "two", T0.minusSeconds(80), 1), post("1", "one", T0.minusSeconds(90), 1)));
        SyncEngine engine = f.engine(client(), SyncFixture.budgets(() -> refusing, new PollPace(Duration.ZERO, null)),
                SyncFixture.settings());

        SyncOutcome outcome = engine.syncOnce(null).get(0);

        assertEquals(2, server.getRequestCount(), "nothing beyond the budget reached the platform");
        assertEquals(2, outcome.requests());
        assertEquals(4, outcome.added());
        assertEquals(ConnectionState.PENDING, outcome.state());
        SyncAccount a = account(id);
        assertEquals(T0.plus(Duration.ofMinutes(10)), a.nextSyncAt(), "rescheduled after the budget's wait");
        assertEquals("c3", a.backfillCursor());
        assertFalse(a.backfillComplete());

        server.takeRequest();
        server.takeRequest();
        allowed.set(10);
        f.clock.advance(Duration.ofMinutes(10));
        ok(page(null, post("0", "zero", T0.minusSeconds(100), 1)));
        SyncOutcome resumed = engine.syncOnce(null).get(0);
        assertEquals("c3", server.takeRequest().getUrl().queryParameter("cursor"));
        assertEquals(1, resumed.added());
        assertEquals(ConnectionState.READY, resumed.state());
        assertTrue(account(id).backfillComplete());
    }

    @Test
    void pollsNeverComeFasterThanTheBudgetsPaceAndTheNoteShows() {
        long id = f.add("Mila", Platform.YOUTUBE, "UC1", "mila", "ya29.token-abcdefgh");
        ok(onePage());
        PollPace slow = new PollPace(Duration.ofMinutes(24), "YouTube quota: polling every 24 min to last the day");
        SyncEngine engine = f.engine(scripted(Platform.YOUTUBE), SyncFixture.budgets(RequestMeter::unmetered, slow),
                SyncFixture.settings());

        engine.syncOnce(null);

        Instant next = account(id).nextSyncAt();
        assertTrue(!next.isBefore(T0.plus(Duration.ofMinutes(24).multipliedBy(9).dividedBy(10))), next.toString());
        assertTrue(!next.isAfter(T0.plus(Duration.ofMinutes(24).multipliedBy(11).dividedBy(10))), next.toString());
        assertEquals(slow.note(), engine.status().accounts().get(0).note());
    }

    private static Map<Long, SyncOutcome> byAccount(List<SyncOutcome> outcomes) {
        return outcomes.stream().collect(java.util.stream.Collectors.toMap(SyncOutcome::accountId, o -> o));
    }
}
