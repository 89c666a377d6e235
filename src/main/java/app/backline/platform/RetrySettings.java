package app.backline.platform;

import java.time.Duration;

/**
 * How {@link ApiHttp} retries one call.
 *
 * @param maxAttempts   tries in all, first one included (3 by default)
 * @param baseDelay     first backoff delay, doubled per retry up to {@code maxDelay}
 * @param maxRetryAfter longest server-asked wait ({@code Retry-After}) worth waiting for inside one run;
 *                      a longer one ends the run and the engine reschedules the account instead
 */
public record RetrySettings(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    /** 3 attempts, 2 s → 30 s backoff, waits up to 120 s for a Retry-After. */
    public static RetrySettings defaults() {
        return new RetrySettings(3, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(120));
    }
}
