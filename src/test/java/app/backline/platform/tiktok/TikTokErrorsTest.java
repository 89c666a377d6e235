package app.backline.platform.tiktok;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TikTokErrorsTest extends MockApiTest<TikTokClient> {

    TikTokErrorsTest() {
        super(Platform.TIKTOK, TikTokClient::new);
    }

    private <T extends ApiException> T failsWith(Class<T> type) {
        ApiConnection account = connection(Platform.TIKTOK, "open-1234-abcd", null, RequestMeter.unmetered());
        T e = assertThrows(type, () -> client.posts(account, PageRequest.first(Instant.EPOCH, null)));
        assertEquals(Platform.TIKTOK, e.platform());
        assertNoToken(e);
        return e;
    }

    @Test
    void accessTokenInvalidMeansReconnect() {
        server.enqueue(json(401, fixture("tiktok/error_access_token_invalid.json")));

        TokenRejectedException e = failsWith(TokenRejectedException.class);

        assertEquals("TikTok no longer accepts the access token (expired or revoked): reconnect the account", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anErrorEnvelopeOnHttp200StillFailsTheCall() {
        server.enqueue(json(200, fixture("tiktok/error_access_token_invalid.json")));
        failsWith(TokenRejectedException.class);

        server.enqueue(json(200, fixture("tiktok/error_rate_limit_exceeded.json")));
        failsWith(RateLimitedException.class);

        server.enqueue(json(200, fixture("tiktok/error_invalid_params.json")));
        PermissionMissingException refused = failsWith(PermissionMissingException.class);
        assertTrue(refused.getMessage().contains("invalid_params"));
        assertTrue(refused.getMessage().contains("20260301120009ABCDEF"), "the log id helps TikTok support");
    }

    @Test
    void missingScopeIsAMissingPermission() {
        server.enqueue(json(401, fixture("tiktok/error_scope_not_authorized.json")));

        PermissionMissingException e = failsWith(PermissionMissingException.class);

        assertTrue(e.getMessage().contains("scope_not_authorized"));
    }

    @Test
    void rateLimitExceededHonoursRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30")
                .body(fixture("tiktok/error_rate_limit_exceeded.json")).build());

        RateLimitedException e = failsWith(RateLimitedException.class);

        assertEquals(Duration.ofSeconds(30), e.retryAfter());
        assertEquals(1, server.getRequestCount(), "30 s is beyond the in-run wait of this test's settings");
    }

    @Test
    void aShortRateLimitIsWaitedOutAndRetried() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0")
                .body(fixture("tiktok/error_rate_limit_exceeded.json")).build());
        server.enqueue(json(200, fixture("tiktok/video_list_p3.json")));

        ApiConnection account = connection(Platform.TIKTOK, "open-1234-abcd", null, RequestMeter.unmetered());
        assertEquals(1, client.posts(account, PageRequest.first(Instant.EPOCH, null)).posts().size());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aTransientErrorEnvelopeOnHttp200IsRetriedLikeA5xx() {
        server.enqueue(json(200, fixture("tiktok/error_internal_error.json")));
        server.enqueue(json(200, fixture("tiktok/video_list_p3.json")));

        ApiConnection account = connection(Platform.TIKTOK, "open-1234-abcd", null, RequestMeter.unmetered());
        assertEquals(1, client.posts(account, PageRequest.first(Instant.EPOCH, null)).posts().size());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void internalErrorIsRetriedThenUnavailable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, fixture("tiktok/error_internal_error.json")));
        }

        PlatformUnavailableException e = failsWith(PlatformUnavailableException.class);

        assertTrue(e.getMessage().contains("20260301120008ABCDEF"));
        assertEquals(3, server.getRequestCount());
    }
}
