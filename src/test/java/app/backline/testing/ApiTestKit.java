package app.backline.testing;

import app.backline.domain.Platform;
import app.backline.platform.AccessToken;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.RequestMeter;
import app.backline.platform.RetrySettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Shared plumbing for platform client tests against a MockWebServer: tiny retries, fixtures, checks. */
public final class ApiTestKit {

    /** A token long enough to be masked, so a leak into a message is detectable. */
    public static final String TOKEN = "test-access-token-0123456789-wxyz";

    private ApiTestKit() {
    }

    /** Three attempts 10–50 ms apart; server waits up to 5 s are honoured. */
    public static RetrySettings tinyRetry() {
        return new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));
    }

    public static ApiHttp http() {
        return new ApiHttp(new OkHttpClient(), new ObjectMapper(), tinyRetry(), Clock.systemUTC());
    }

    /** Like {@link #http()}, but on {@code clock} (rate-limit resets, quota days) and with a 2 s read timeout. */
    public static ApiHttp http(Clock clock) {
        return new ApiHttp(new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(2)).build(), new ObjectMapper(),
                tinyRetry(), clock);
    }

    /** Every API host of {@code platform} moved onto the mock server. */
    public static ApiBases bases(Platform platform, MockWebServer server) {
        return ApiBases.of(Map.of(platform, server.url("/")));
    }

    public static ApiConnection connection(Platform platform, String externalUserId, String variant, RequestMeter meter) {
        return new ApiConnection(7L, platform, externalUserId, "artist", new AccessToken(TOKEN), variant, meter);
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** A test fixture under {@code src/test/resources/fixtures/api/}. */
    public static String fixture(String path) {
        try (InputStream in = ApiTestKit.class.getResourceAsStream("/fixtures/api/" + path)) {
            assertNotNull(in, "missing fixture " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recorded sample read in place (skips the test when the samples are absent). */
    public static String sample(String relative) {
        try {
            return Files.readString(Samples.require(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next request, which must have reached the mock server with the bearer token. */
    public static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "expected another request");
        assertEquals(server.getHostName() + ":" + server.getPort(), request.getHeaders().get("Host"),
                "request addressed to a host other than the configured one");
        assertEquals("Bearer " + TOKEN, request.getHeaders().get("Authorization"));
        return request;
    }

    /** The exception's message chain never shows the token. */
    public static void assertNoToken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()) + t;
            assertFalse(text.contains(TOKEN) || text.contains(TOKEN.substring(0, 20)), "token leaked: " + text);
        }
    }
}
