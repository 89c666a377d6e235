package app.backline.platform.instagram;

import app.backline.domain.Platform;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.RateLimitedException;
import app.backline.platform.RequestMeter;
import app.backline.testing.ApiTestKit;
import app.backline.testing.MockApiTest;
import app.backline.testing.MutableClock;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static app.backline.testing.ApiTestKit.connection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Usage near Meta's limit on a successful answer pauses the account's next calls, without a request. */
class InstagramThrottleTest extends MockApiTest<InstagramClient> {

    private static final String PROFILE = "{\"id\":\"17841400000000001\",\"user_id\":\"17841400000000001\","
            + "\"username\":\"aurora.vale\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    InstagramThrottleTest() {
        super(Platform.INSTAGRAM, InstagramClient::new);
    }

    @Override
    protected ApiHttp clientHttp() {
        return ApiTestKit.http(clock);
    }

    private static MockResponse profile(String usage) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("X-App-Usage", usage).body(PROFILE).build();
    }

    @Test
    void usageNearTheLimitPausesTheAccountForTenMinutesOthersGoOn() {
        ApiConnection mila = connection(Platform.INSTAGRAM, null, null, RequestMeter.unmetered());
        ApiConnection kofi = new ApiConnection(8L, Platform.INSTAGRAM, null, "kofi", mila.accessToken(), null, null);
        server.enqueue(profile("{\"call_count\":40,\"total_cputime\":10,\"total_time\":12}"));
        server.enqueue(profile("{\"call_count\":93,\"total_cputime\":10,\"total_time\":12}"));
        server.enqueue(profile("{\"call_count\":20,\"total_cputime\":5,\"total_time\":5}"));
        server.enqueue(profile("{\"call_count\":20,\"total_cputime\":5,\"total_time\":5}"));

        client.profile(mila);
        client.profile(mila);
        RateLimitedException paused = assertThrows(RateLimitedException.class, () -> client.profile(mila));
        assertEquals(Duration.ofMinutes(10), paused.retryAfter());
        assertTrue(paused.getMessage().contains("near its hourly usage limit"), paused.getMessage());
        assertEquals(2, server.getRequestCount(), "the paused call sent nothing");

        client.profile(kofi);
        assertEquals(3, server.getRequestCount(), "another account is not paused");

        clock.advance(Duration.ofMinutes(10));
        client.profile(mila);
        assertEquals(4, server.getRequestCount());
    }
}
