package app.backline.platform.x;

import app.backline.domain.Platform;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiResponse;
import app.backline.platform.RateLimitedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X's own count of what is left: every answer carries {@code x-rate-limit-remaining} and
 * {@code x-rate-limit-reset} (epoch seconds) for the account and endpoint (platform-apis.md §5.4). When an
 * answer leaves 0, the next call to that endpoint for that account is refused here, without a request,
 * with a {@link RateLimitedException} whose {@code retryAfter} runs to the reset, so the engine waits it out
 * instead of spending a 429. Thread-safe; one entry per account and endpoint.
 */
final class XRateWindows {

    private final Clock clock;
    private final Map<String, Instant> exhaustedUntil = new ConcurrentHashMap<>();

    XRateWindows(Clock clock) {
        this.clock = clock;
    }

    /** @throws RateLimitedException while the window X reported as used up has not been reset */
    void check(ApiConnection connection, String endpoint) {
        String key = key(connection, endpoint);
        Instant until = exhaustedUntil.get(key);
        if (until == null) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), until);
        if (wait.isNegative() || wait.isZero()) {
            exhaustedUntil.remove(key, until);
            return;
        }
        throw new RateLimitedException(Platform.X, "X's rate limit for this account (" + endpoint
                + ") is used up until its reset; the next request can go in " + wait.toSeconds() + " s", wait, false);
    }

    /** Notes the window state an answer reports. */
    void record(ApiConnection connection, String endpoint, ApiResponse response) {
        String remaining = response.header("x-rate-limit-remaining");
        String reset = response.header("x-rate-limit-reset");
        String key = key(connection, endpoint);
        try {
            if (remaining != null && reset != null && Long.parseLong(remaining.trim()) <= 0) {
                exhaustedUntil.put(key, Instant.ofEpochSecond(Long.parseLong(reset.trim())));
            } else {
                exhaustedUntil.remove(key);
            }
        } catch (NumberFormatException unreadable) {
            exhaustedUntil.remove(key);
        }
    }

    private static String key(ApiConnection connection, String endpoint) {
        return connection.accountId() + " " + endpoint;
    }
}
