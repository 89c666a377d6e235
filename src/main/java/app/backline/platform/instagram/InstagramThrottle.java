package app.backline.platform.instagram;

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
 * Meta's usage headers on successful answers ({@code X-App-Usage}, {@code X-Business-Use-Case-Usage}; percentages
 * of a rolling one-hour window, platform-apis.md §2.7): once one reaches {@link #HIGH_PERCENT}, the account's next
 * Instagram calls are refused here, without a request, for {@link #PAUSE} (or the time Meta says it needs to
 * regain access), so the engine slows down before Meta throttles the app for every account. Thread-safe.
 */
final class InstagramThrottle {

    static final int HIGH_PERCENT = 90;
    static final Duration PAUSE = Duration.ofMinutes(10);

    private final InstagramUsage usage;
    private final Clock clock;
    private final Map<Long, Instant> pausedUntil = new ConcurrentHashMap<>();

    InstagramThrottle(InstagramUsage usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    /** @throws RateLimitedException while the account's last answer reported usage near the limit */
    void check(ApiConnection connection) {
        Instant until = pausedUntil.get(connection.accountId());
        if (until == null) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), until);
        if (wait.isNegative() || wait.isZero()) {
            pausedUntil.remove(connection.accountId(), until);
            return;
        }
        throw new RateLimitedException(Platform.INSTAGRAM, "Instagram reports this app near its hourly usage limit;"
                + " Backline waits " + wait.toMinutes() + " min before asking again", wait, false);
    }

    /** Notes the usage a successful answer reports. */
    void record(ApiConnection connection, ApiResponse response) {
        int highest = usage.highestPercent(response).orElse(0);
        if (highest >= HIGH_PERCENT) {
            Duration pause = usage.timeToRegainAccess(response).filter(d -> d.compareTo(PAUSE) > 0).orElse(PAUSE);
            pausedUntil.put(connection.accountId(), clock.instant().plus(pause));
        }
    }
}
