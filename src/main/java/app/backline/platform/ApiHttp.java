package app.backline.platform;

import app.backline.domain.Platform;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;

/**
 * The one way platform clients make HTTP calls: spends the account's request budget, sends through the
 * shared {@link OkHttpClient}, maps failures into {@link ApiException}s, and retries transient ones with
 * exponential backoff (Failsafe), waiting out a server's {@code Retry-After} instead of hammering it.
 */
public final class ApiHttp {

    private final OkHttpClient client;
    private final ObjectMapper json;
    private final RetrySettings retry;
    private final Clock clock;

    public ApiHttp(OkHttpClient client, ObjectMapper json, RetrySettings retry, Clock clock) {
        this.client = client;
        this.json = json;
        this.retry = retry;
        this.clock = clock;
    }

    public ObjectMapper json() {
        return json;
    }

    /**
     * Sends {@code request} (retrying transient failures) and parses a 2xx body as {@code type}.
     *
     * @param cost budget units of one attempt (YouTube quota units; 1 elsewhere)
     * @throws ApiException for every failure, after the retries
     */
    public <T> T send(ApiConnection connection, Request request, int cost, ErrorMapper errors, Class<T> type) {
        ApiResponse response = send(connection, request, cost, errors);
        return parse(connection.platform(), response, type);
    }

    /** Sends with retries and returns the 2xx response as received; other statuses throw. */
    public ApiResponse send(ApiConnection connection, Request request, int cost, ErrorMapper errors) {
        RetryPolicy<ApiResponse> policy = RetryPolicy.<ApiResponse>builder()
                .handleIf(this::worthRetrying)
                .withMaxAttempts(retry.maxAttempts())
                .withBackoff(retry.baseDelay(), retry.maxDelay())
                .withDelayFnOn(ctx -> ((RateLimitedException) ctx.getLastException()).retryAfter(),
                        RateLimitedException.class)
                .build();
        return Failsafe.with(policy).get(() -> once(connection, request, cost, errors));
    }

    /** Parses a body already received; a body that does not fit {@code type} is a malformed payload. */
    public <T> T parse(Platform platform, ApiResponse response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(platform, platform.displayName()
                    + " sent a response Backline cannot read (" + e.getOriginalMessage() + ")", e);
        }
    }

    private boolean worthRetrying(Throwable failure) {
        if (failure instanceof RateLimitedException limited) {
            return !limited.dailyQuota() && limited.retryAfter().compareTo(retry.maxRetryAfter()) <= 0;
        }
        return failure instanceof ApiException api && api.transientFailure() && !(api instanceof OfflineException);
    }

    private ApiResponse once(ApiConnection connection, Request request, int cost, ErrorMapper errors) {
        connection.meter().beforeRequest(cost);
        Platform platform = connection.platform();
        ApiResponse response;
        try (Response r = client.newCall(request).execute()) {
            ResponseBody body = r.body();
            response = new ApiResponse(r.code(), r.headers(), body == null ? "" : body.string());
        } catch (UnknownHostException | ConnectException | NoRouteToHostException e) {
            throw new OfflineException(platform, "Offline: " + platform.displayName() + " cannot be reached", e);
        } catch (InterruptedIOException e) {
            throw new PlatformUnavailableException(platform, platform.displayName() + " did not answer in time", e);
        } catch (IOException e) {
            throw new PlatformUnavailableException(platform,
                    "The connection to " + platform.displayName() + " broke off (" + e.getClass().getSimpleName() + ")", e);
        }
        if (response.successful()) {
            return response;
        }
        ApiException mapped = errors.map(response);
        throw mapped != null ? mapped : GenericErrors.map(platform, response, clock);
    }

    /** How long a rate-limited answer asks to wait; see {@link GenericErrors#retryAfter}. */
    public Duration retryAfter(ApiResponse response) {
        return GenericErrors.retryAfter(response, clock);
    }
}
