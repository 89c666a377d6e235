package app.backline.platform;

import app.backline.domain.Platform;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
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
 * exponential backoff (Failsafe), waiting out a server's {@code Retry-After} (on a 429 or a 5xx) instead
 * of hammering it.
 *
 * <p>Not retried: a refusal by Backline's own budget (the meter), a daily quota, a server-asked wait longer
 * than {@link RetrySettings#maxRetryAfter()}, {@link OfflineException} (the engine pauses instead), and any
 * call whose thread was interrupted (shutdown).
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

    /** The clock that reads {@code Retry-After} dates and rate-limit resets. */
    public Clock clock() {
        return clock;
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

    /**
     * Sends with retries and returns the 2xx response as received, or a {@code 304 Not Modified} when the
     * request was conditional ({@code If-None-Match} / {@code If-Modified-Since}); other statuses throw.
     */
    public ApiResponse send(ApiConnection connection, Request request, int cost, ErrorMapper errors) {
        Attempts attempts = new Attempts(connection, request, cost, errors);
        RetryPolicy<ApiResponse> policy = RetryPolicy.<ApiResponse>builder()
                .handleIf(attempts::worthRetrying)
                .withMaxAttempts(retry.maxAttempts())
                .withBackoff(retry.baseDelay(), retry.maxDelay())
                // a negative delay tells Failsafe to use the backoff
                .withDelayFn(ctx -> attempts.askedWait == null ? Duration.ofMillis(-1) : attempts.askedWait)
                .build();
        try {
            return Failsafe.with(policy).get(attempts::once);
        } catch (FailsafeException e) {
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                Platform platform = connection.platform();
                throw new PlatformUnavailableException(platform,
                        "Stopped while waiting to try " + platform.displayName() + " again", e);
            }
            throw e;
        }
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

    /** How long a rate-limited answer asks to wait; see {@link GenericErrors#retryAfter}. */
    public Duration retryAfter(ApiResponse response) {
        return GenericErrors.retryAfter(response, clock);
    }

    /** One call's attempts: what the last one failed with and how long the server asked to wait. */
    private final class Attempts {

        private final ApiConnection connection;
        private final Request request;
        private final int cost;
        private final ErrorMapper errors;
        private volatile RateLimitedException budgetRefusal;
        private volatile Duration askedWait;

        Attempts(ApiConnection connection, Request request, int cost, ErrorMapper errors) {
            this.connection = connection;
            this.request = request;
            this.cost = cost;
            this.errors = errors;
        }

        boolean worthRetrying(Throwable failure) {
            if (Thread.currentThread().isInterrupted() || failure == budgetRefusal) {
                return false;
            }
            if (failure instanceof RateLimitedException limited && limited.dailyQuota()) {
                return false;
            }
            boolean waitAffordable = askedWait == null || askedWait.compareTo(retry.maxRetryAfter()) <= 0;
            return failure instanceof ApiException api && api.transientFailure()
                    && !(api instanceof OfflineException) && waitAffordable;
        }

        ApiResponse once() {
            askedWait = null;
            try {
                connection.meter().beforeRequest(cost);
            } catch (RateLimitedException refused) {
                budgetRefusal = refused;
                throw refused;
            }
            ApiResponse response = exchange();
            if (notModified(response)) {
                return response;
            }
            ApiException failure = failure(response);
            if (failure == null) {
                return response;
            }
            if (failure instanceof RateLimitedException limited) {
                askedWait = limited.retryAfter();
            } else if (response.header("Retry-After") != null) {
                askedWait = GenericErrors.retryAfter(response, clock);
            }
            throw failure;
        }

        /** What the response reports: for a 2xx only an error its body carries, else the mapped status. */
        private ApiException failure(ApiResponse response) {
            if (response.successful()) {
                return errors.mapSuccess(response);
            }
            ApiException mapped = errors.map(response);
            return mapped != null ? mapped : GenericErrors.map(connection.platform(), response, clock);
        }

        private boolean notModified(ApiResponse response) {
            return response.status() == 304
                    && (request.header("If-None-Match") != null || request.header("If-Modified-Since") != null);
        }

        private ApiResponse exchange() {
            Platform platform = connection.platform();
            try (Response r = client.newCall(request).execute()) {
                ResponseBody body = r.body();
                return new ApiResponse(r.code(), r.headers(), body == null ? "" : body.string());
            } catch (UnknownHostException | ConnectException | NoRouteToHostException e) {
                throw new OfflineException(platform, "Offline: " + platform.displayName() + " cannot be reached", e);
            } catch (InterruptedIOException e) {
                throw new PlatformUnavailableException(platform, platform.displayName() + " did not answer in time", e);
            } catch (IOException e) {
                throw new PlatformUnavailableException(platform, "The connection to " + platform.displayName()
                        + " broke off (" + e.getClass().getSimpleName() + ")", e);
            }
        }
    }
}
