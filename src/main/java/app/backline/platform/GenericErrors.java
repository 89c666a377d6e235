package app.backline.platform;

import app.backline.domain.Platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The status-only reading of an error response, used when a platform's own mapper has nothing more specific. */
final class GenericErrors {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    private GenericErrors() {
    }

    static ApiException map(Platform platform, ApiResponse r, Clock clock) {
        String name = platform.displayName();
        int status = r.status();
        if (status == 401) {
            return new TokenRejectedException(platform,
                    name + " no longer accepts the access token (expired or revoked): reconnect the account");
        }
        if (status == 403) {
            return new PermissionMissingException(platform,
                    name + " refused access: the token lacks a permission this needs (HTTP 403)");
        }
        if (status == 429) {
            Duration wait = retryAfter(r, clock);
            return new RateLimitedException(platform,
                    name + " asked Backline to slow down; trying again in " + wait.toSeconds() + " s", wait, false);
        }
        if (status >= 500 || status == 408) {
            return new PlatformUnavailableException(platform, name + " is having trouble (HTTP " + status + ")");
        }
        return new PermissionMissingException(platform, name + " refused the request (HTTP " + status + ")");
    }

    /**
     * The wait a response asks for: {@code Retry-After} (seconds or HTTP date), else X's
     * {@code x-rate-limit-reset} (epoch seconds), else 60 s. Never negative.
     */
    static Duration retryAfter(ApiResponse r, Clock clock) {
        String retryAfter = r.header("Retry-After");
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return nonNegative(Duration.between(clock.instant(), at));
                } catch (DateTimeParseException ignored) {
                    return DEFAULT_WAIT;
                }
            }
        }
        String reset = r.header("x-rate-limit-reset");
        if (reset != null) {
            try {
                return nonNegative(Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(reset.trim()))));
            } catch (NumberFormatException ignored) {
                return DEFAULT_WAIT;
            }
        }
        return DEFAULT_WAIT;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
