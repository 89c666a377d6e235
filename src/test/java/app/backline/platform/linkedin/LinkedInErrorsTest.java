package app.backline.platform.linkedin;

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

class LinkedInErrorsTest extends MockApiTest<LinkedInClient> {

    LinkedInErrorsTest() {
        super(Platform.LINKEDIN, LinkedInClient::new);
    }

    private <T extends ApiException> T failsWith(Class<T> type) {
        ApiConnection account = connection(Platform.LINKEDIN, "urn:li:organization:2414183", null, RequestMeter.unmetered());
        T e = assertThrows(type, () -> client.posts(account, PageRequest.first(Instant.EPOCH, null)));
        assertEquals(Platform.LINKEDIN, e.platform());
        assertNoToken(e);
        return e;
    }

    @Test
    void revokedAndInvalidTokensMeanReconnect() {
        server.enqueue(json(401, fixture("linkedin/error_401_revoked.json")));
        assertEquals("LinkedIn no longer accepts the access token (revoked): reconnect the account",
                failsWith(TokenRejectedException.class).getMessage());

        server.enqueue(json(401, fixture("linkedin/error_401_invalid.json")));
        assertTrue(failsWith(TokenRejectedException.class).getMessage().contains("invalid or expired"));
        assertEquals(2, server.getRequestCount(), "never retried");
    }

    @Test
    void accessDeniedIsAMissingPermission() {
        server.enqueue(json(403, fixture("linkedin/error_403_denied.json")));

        assertTrue(failsWith(PermissionMissingException.class).getMessage().contains("code 100"));
    }

    @Test
    void throttlingHonoursRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600")
                .body(fixture("linkedin/error_429_throttle.json")).build());

        RateLimitedException e = failsWith(RateLimitedException.class);

        assertEquals(Duration.ofHours(1), e.retryAfter());
        assertEquals(1, server.getRequestCount(), "an hour is beyond the in-run wait");
    }

    @Test
    void serverErrorsAreRetriedThenUnavailable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, "{\"status\":500,\"message\":\"Internal Server Error\"}"));
        }

        failsWith(PlatformUnavailableException.class);
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void anAccountWithoutAUrnCannotBeRead() {
        ApiConnection bare = connection(Platform.LINKEDIN, "2414183", null, RequestMeter.unmetered());

        assertThrows(PermissionMissingException.class, () -> client.posts(bare, PageRequest.first(Instant.EPOCH, null)));
        assertEquals(0, server.getRequestCount());
    }
}
