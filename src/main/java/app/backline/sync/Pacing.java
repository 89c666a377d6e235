package app.backline.sync;

import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.PollPace;
import app.backline.platform.RequestBudgets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When an account syncs next: its poll interval (the account's own, else the setting), never shorter than
 * the platform's budget allows, spread by jitter so accounts do not poll in step; doubled per failed run
 * up to the maximum backoff; after a rate limit, when the platform says.
 */
final class Pacing {

    /** The shortest wait after a rate limit, whatever the platform says: never hammer. */
    static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(30);

    private final SyncSettings settings;
    private final RequestBudgets budgets;
    private final Clock clock;
    private final RandomGenerator random;

    Pacing(SyncSettings settings, RequestBudgets budgets, Clock clock, RandomGenerator random) {
        this.settings = settings;
        this.budgets = budgets;
        this.clock = clock;
        this.random = random;
    }

    /** The budget's pace for the account's platform, shared by {@code activeAccounts} accounts. */
    PollPace pace(SyncAccount account, int activeAccounts, int unitsPerPoll) {
        return budgets.pace(account.account().platform(), Math.max(1, activeAccounts), Math.max(1, unitsPerPoll));
    }

    Duration interval(SyncAccount account, PollPace pace) {
        Duration own = account.pollIntervalSeconds() != null ? Duration.ofSeconds(account.pollIntervalSeconds())
                : settings.pollInterval();
        return pace.minimumInterval().compareTo(own) > 0 ? pace.minimumInterval() : own;
    }

    Instant nextPoll(SyncAccount account, PollPace pace) {
        return clock.instant().plus(jittered(interval(account, pace)));
    }

    /** @param failures failed runs in a row, this one included */
    Instant afterFailure(SyncAccount account, PollPace pace, int failures) {
        Duration interval = interval(account, pace);
        Duration backoff = interval.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        Duration capped = backoff.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff;
        return clock.instant().plus(capped.compareTo(interval) < 0 ? interval : capped);
    }

    Instant afterRateLimit(Duration retryAfter) {
        return clock.instant().plus(retryAfter.compareTo(MIN_RATE_LIMIT_WAIT) < 0 ? MIN_RATE_LIMIT_WAIT : retryAfter);
    }

    /**
     * First due time after start-up: a stored time stays (moved into a short spread when it has passed), a
     * new account starts within seconds, others somewhere in their first interval.
     */
    Instant initial(SyncAccount account, PollPace pace) {
        Instant now = clock.instant();
        Duration interval = interval(account, pace);
        if (account.nextSyncAt() != null) {
            Duration spread = Duration.ofMillis((long) (interval.toMillis() * settings.jitter() * 2));
            Instant soon = now.plus(fraction(spread));
            return account.nextSyncAt().isAfter(soon) ? account.nextSyncAt() : soon;
        }
        if (!account.backfillComplete()) {
            return now.plus(fraction(Duration.ofSeconds(2)));
        }
        return now.plus(fraction(interval));
    }

    /** {@code d} spread by ± the jitter fraction. */
    Duration jittered(Duration d) {
        double factor = 1 + settings.jitter() * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }

    private Duration fraction(Duration d) {
        return Duration.ofMillis((long) (d.toMillis() * random.nextDouble()));
    }
}
