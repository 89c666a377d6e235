package app.backline.platform.instagram;

import app.backline.domain.Platform;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiException;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PlatformUnavailableException;
import app.backline.platform.RateLimitedException;
import app.backline.platform.RequestMeter;
import app.backline.platform.TokenRejectedException;
import app.backline.testing.MockApiTest;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static app.backline.testing.ApiTestKit.assertNoToken;
import static app.backline.testing.ApiTestKit.connection;
import static app.backline.testing.ApiTestKit.fixture;
import static app.backline.testing.ApiTestKit.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstagramErrorsTest extends MockApiTest<InstagramClient> {

    InstagramErrorsTest() {
        super(Platform.INSTAGRAM, InstagramClient::new);
    }

    private <T extends ApiException> T failsWith(Class<T> type) {
        ApiConnection account = connection(Platform.INSTAGRAM, "17841400000000001", null, RequestMeter.unmetered());
        T e = assertThrows(type, () -> client.posts(account, PageRequest.first(Instant.EPOCH, null)));
        assertEquals(Platform.INSTAGRAM, e.platform());
        assertNoToken(e);
        return e;
    }

    @Test
    void code190MeansTheTokenIsRejectedAndTheAccountMustReconnect() {
        server.enqueue(json(400, fixture("instagram/error_190_expired.json")));

        TokenRejectedException e = failsWith(TokenRejectedException.class);

        assertEquals("Instagram no longer accepts the access token (the session has expired): reconnect the account",
                e.getMessage());
        assertFalse(e.transientFailure());
        assertEquals(1, server.getRequestCount(), "a rejected token is not retried");
    }

    @Test
    void throttlingWaitsForTheBusinessUseCaseEstimate() {
        server.enqueue(new MockResponse.Builder().code(403).body(fixture("instagram/error_17_user_limit.json"))
                .addHeader("X-Business-Use-Case-Usage", "{\"17841400000000001\":[{\"type\":\"instagram\",\"call_count\":100,"
                        + "\"total_cputime\":20,\"total_time\":30,\"estimated_time_to_regain_access\":19}]}")
                .build());

        RateLimitedException e = failsWith(RateLimitedException.class);

        assertEquals(Duration.ofMinutes(19), e.retryAfter());
        assertEquals(1, server.getRequestCount(), "19 minutes is beyond the in-run wait: no retry");
    }

    @Test
    void throttlingWithoutUsageHeadersHonoursRetryAfterAndIsWaitedOut() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("").build());
        server.enqueue(json(200, fixture("instagram/media_p3.json")));

        long started = System.nanoTime();
        ApiConnection account = connection(Platform.INSTAGRAM, "17841400000000001", null, RequestMeter.unmetered());
        client.posts(account, PageRequest.first(Instant.EPOCH, null));

        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 900, "Retry-After: 1 was waited out");
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void code4IsRateLimitedEvenThoughMetaCallsItTransient() {
        server.enqueue(json(400, "{\"error\":{\"message\":\"(#4) Application request limit reached\",\"type\":\"OAuthException\","
                + "\"is_transient\":true,\"code\":4}}"));

        RateLimitedException e = failsWith(RateLimitedException.class);

        assertEquals(Duration.ofSeconds(60), e.retryAfter(), "no header: the generic 60 s");
    }

    @Test
    void codes10And200MeanAMissingPermission() {
        server.enqueue(json(403, fixture("instagram/error_10_permission.json")));
        assertTrue(failsWith(PermissionMissingException.class).getMessage().contains("code 10"));

        server.enqueue(json(403, fixture("instagram/error_200_permission.json")));
        assertTrue(failsWith(PermissionMissingException.class).getMessage().contains("code 200"));
    }

    @Test
    void transientErrorsAreRetriedThenReportedAsUnavailable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, fixture("instagram/error_2_transient.json")));
        }

        PlatformUnavailableException e = failsWith(PlatformUnavailableException.class);

        assertTrue(e.transientFailure());
        assertEquals(3, server.getRequestCount(), "three attempts in all");
    }

    @Test
    void aBodyThatIsNotGraphJsonFallsBackToTheStatus() {
        server.enqueue(new MockResponse.Builder().code(401).body("<html>Unauthorized</html>").build());

        failsWith(TokenRejectedException.class);
    }
}
