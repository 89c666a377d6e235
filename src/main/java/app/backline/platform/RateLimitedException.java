package app.backline.platform;

import app.backline.domain.Platform;

import java.time.Duration;
import java.util.Objects;

/**
 * The platform (HTTP 429, Instagram codes 4/17/32/613, YouTube quotaExceeded, LinkedIn 429/101) or
 * Backline's own request budget refused the call.
 *
 * @see #retryAfter()
 */
public final class RateLimitedException extends ApiException {

    private final Duration retryAfter;
    private final boolean dailyQuota;

    /**
     * @param retryAfter how long to wait before the next request, from {@code Retry-After},
     *                   {@code x-rate-limit-reset}, Instagram's usage headers or the budget; never negative
     * @param dailyQuota true when a daily quota (YouTube's 10,000 units) is spent: retrying within the run is pointless
     */
    public RateLimitedException(Platform platform, String message, Duration retryAfter, boolean dailyQuota) {
        super(platform, message, null);
        this.retryAfter = Objects.requireNonNull(retryAfter).isNegative() ? Duration.ZERO : retryAfter;
        this.dailyQuota = dailyQuota;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean dailyQuota() {
        return dailyQuota;
    }

    @Override
    public boolean transientFailure() {
        return true;
    }
}
