package app.backline.platform;

import app.backline.domain.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ApiHttp} and {@link GenericErrors} against a MockWebServer: retries, waits, failures and the meter. */
class ApiHttpTest {

    private static final ErrorMapper NO_MAPPER = response -> null;

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient.Builder()
            .readTimeout(Duration.ofMillis(250)).connectTimeout(Duration.ofSeconds(2)).build();
    private final ApiHttp http = new ApiHttp(client, new ObjectMapper(),
            new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5)),
            Clock.systemUTC());
    private final RequestMeter meter = RequestMeter.unmetered();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        client.connectionPool().evictAll();
    }

    @Test
    void retryAfterInSecondsIsWaitedOutThenTheCallSucceeds() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        server.enqueue(ok("{\"n\":1}"));

        long started = System.nanoTime();
        JsonNode body = http.send(connection(), get(), 1, NO_MAPPER, JsonNode.class);
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(1, body.get("n").asInt());
        assertTrue(waitedMs >= 1000, "waited only " + waitedMs + " ms for Retry-After: 1");
        assertEquals(2, server.getRequestCount());
        assertEquals(2, meter.requests());
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedOut() {
        Instant asked = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(asked.atOffset(ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", date).build());
        server.enqueue(ok("{}"));

        Instant started = Instant.now();
        http.send(connection(), get(), 1, NO_MAPPER);
        Duration waited = Duration.between(started, Instant.now());

        // the server asked for "not before <date>", so the whole call cannot end before that instant
        assertFalse(waited.plusMillis(15).compareTo(Duration.between(started, asked)) < 0,
                "waited " + waited.toMillis() + " ms, asked until " + date);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aRetryAfterLongerThanTheLimitIsNotWaitedFor() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
        server.enqueue(ok("{}"));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> http.send(connection(), get(), 1, NO_MAPPER));

        assertEquals(Duration.ofHours(1), e.retryAfter());
        assertFalse(e.dailyQuota());
        assertEquals(1, server.getRequestCount());
        assertTrue(e.getMessage().contains("3600 s"), e.getMessage());
    }

    @Test
    void xRateLimitResetIsTheWaitWhenThereIsNoRetryAfter() {
        long reset = Instant.now().plusSeconds(900).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(429)
                .addHeader("x-rate-limit-remaining", "0").addHeader("x-rate-limit-reset", reset).build());

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> http.send(connection(), get(), 1, NO_MAPPER));

        assertTrue(e.retryAfter().toSeconds() > 890 && e.retryAfter().toSeconds() <= 900, e.retryAfter().toString());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aServerErrorIsRetriedThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
        server.enqueue(ok("{\"ok\":true}"));

        JsonNode body = http.send(connection(), get(), 1, NO_MAPPER, JsonNode.class);

        assertTrue(body.get("ok").asBoolean());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aReadTimeoutIsRetriedThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").bodyDelay(1, TimeUnit.SECONDS).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(1, TimeUnit.SECONDS).build());
        server.enqueue(ok("{\"third\":true}"));

        JsonNode body = http.send(connection(), get(), 1, NO_MAPPER, JsonNode.class);

        assertTrue(body.get("third").asBoolean());
        assertEquals(3, server.getRequestCount());
        assertEquals(3, meter.requests());
    }

    @Test
    void timeoutsOnEveryAttemptEndAsPlatformUnavailable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(1, TimeUnit.SECONDS).build());
        }

        PlatformUnavailableException e = assertThrows(PlatformUnavailableException.class,
                () -> http.send(connection(), get(), 1, NO_MAPPER));

        assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
        assertEquals(3, meter.requests());
    }

    @Test
    void aMalformedBodyIsReportedOnceWithoutRetrying() {
        server.enqueue(ok("<html>maintenance</html>"));

        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> http.send(connection(), get(), 1, NO_MAPPER, JsonNode.class));

        assertEquals(Platform.X, e.platform());
        assertFalse(e.transientFailure());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aClosedPortIsOfflineAndNotRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Request request = new Request.Builder().url("http://127.0.0.1:" + closedPort + "/2/users/me").build();

        OfflineException e = assertThrows(OfflineException.class,
                () -> http.send(connection(), request, 1, NO_MAPPER));

        assertTrue(e.getMessage().startsWith("Offline"), e.getMessage());
        assertEquals(1, meter.requests());
    }

    @Test
    void theMeterCountsEveryAttemptAndItsCost() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).build());
        }
        AtomicInteger units = new AtomicInteger();
        RequestMeter costly = new RequestMeter() {
            @Override
            public void beforeRequest(int cost) {
                units.addAndGet(cost);
            }

            @Override
            public int requests() {
                return units.get();
            }
        };

        assertThrows(PlatformUnavailableException.class, () -> http.send(connection(costly), get(), 2, NO_MAPPER));

        assertEquals(3, server.getRequestCount());
        assertEquals(6, units.get());
    }

    @Test
    void aBudgetRefusalIsNeitherSentNorRetried() {
        server.enqueue(ok("{}"));
        AtomicInteger asked = new AtomicInteger();
        RequestMeter spent = new RequestMeter() {
            @Override
            public void beforeRequest(int cost) {
                asked.incrementAndGet();
                throw new RateLimitedException(Platform.X, "budget spent", Duration.ofSeconds(1), false);
            }

            @Override
            public int requests() {
                return 0;
            }
        };

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> http.send(connection(spent), get(), 1, NO_MAPPER));

        assertEquals("budget spent", e.getMessage());
        assertEquals(1, asked.get());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aPlatformMapperWinsOverTheStatusOnlyMapping() {
        server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":\"invalid_grant\"}").build());
        ErrorMapper mapper = r -> r.body().contains("invalid_grant")
                ? new TokenRejectedException(Platform.X, "token rejected") : null;

        assertThrows(TokenRejectedException.class, () -> http.send(connection(), get(), 1, mapper));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void statusOnlyMappingCoversAuthPermissionAndNotFound() {
        server.enqueue(new MockResponse.Builder().code(401).build());
        server.enqueue(new MockResponse.Builder().code(403).build());
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThrows(TokenRejectedException.class, () -> http.send(connection(), get(), 1, NO_MAPPER));
        assertThrows(PermissionMissingException.class, () -> http.send(connection(), get(), 1, NO_MAPPER));
        PermissionMissingException notFound = assertThrows(PermissionMissingException.class,
                () -> http.send(connection(), get(), 1, NO_MAPPER));
        assertTrue(notFound.getMessage().contains("HTTP 404"), notFound.getMessage());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void notModifiedIsReturnedForAConditionalRequest() {
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "\"abc\"").build());
        Request conditional = new Request.Builder().url(server.url("/youtube/v3/videos"))
                .header("If-None-Match", "\"abc\"").build();

        ApiResponse response = http.send(connection(), conditional, 1, NO_MAPPER);

        assertEquals(304, response.status());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anInterruptedCallStopsRetrying() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
        server.enqueue(ok("{}"));
        Thread.currentThread().interrupt();
        try {
            assertThrows(PlatformUnavailableException.class, () -> http.send(connection(), get(), 1, NO_MAPPER));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertTrue(server.getRequestCount() <= 1);
    }

    private ApiConnection connection() {
        return connection(meter);
    }

    private ApiConnection connection(RequestMeter m) {
        return new ApiConnection(7, Platform.X, "42", "artist", new AccessToken("token-abcdefghijk"), null, m);
    }

    private Request get() {
        return new Request.Builder().url(server.url("/2/users/me")).build();
    }

    private static MockResponse ok(String json) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json).build();
    }
}
