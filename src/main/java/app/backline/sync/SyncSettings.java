package app.backline.sync;

import app.backline.persistence.repository.MetricsLadder;
import java.time.Duration;
import java.util.Map;

/**
 * How the sync engine paces itself. Per-account values in the store (backfill days, poll interval) beat
 * the defaults here.
 *
 * @param backfillDays   days of history the first sync fetches, 1–365 (default 30)
 * @param pollInterval   gap between two polls of one account (default 300 s), never shorter than the
 *                       platform's budget allows
 * @param jitter         polls are spread by ± this fraction of the interval (default 0.1)
 * @param ladder         when post metrics are refreshed
 * @param poolSize       accounts synced at the same time (default 2)
 * @param pageSize       posts per page asked for while backfilling (clients clamp it)
 * @param pollPageSize   posts asked for on the first page of a poll: usually the only page
 * @param offlineProbe   gap between two network probes while offline (default 30 s)
 * @param maxBackoff     longest wait after failed runs (default 1 h)
 * @param refreshLimit   posts whose metrics one run refreshes at most
 * @param shutdownWait   how long {@code close()} waits for runs to stop at a page boundary
 * @param rescan         how often the engine re-reads the accounts (others may add or remove some)
 */
public record SyncSettings(int backfillDays, Duration pollInterval, double jitter, MetricsLadder ladder,
                           int poolSize, int pageSize, int pollPageSize, Duration offlineProbe, Duration maxBackoff,
                           int refreshLimit, Duration shutdownWait, Duration rescan) {

    public SyncSettings {
        if (backfillDays < 1 || backfillDays > 365) {
            throw new IllegalArgumentException("backfill days must be 1-365, was " + backfillDays);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
        if (poolSize < 1 || pageSize < 1 || pollPageSize < 1 || refreshLimit < 0) {
            throw new IllegalArgumentException("pool size, page sizes and refresh limit must be positive");
        }
    }

    public static SyncSettings defaults() {
        return new SyncSettings(30, Duration.ofSeconds(300), 0.1, MetricsLadder.standard(), 2, 100, 25,
                Duration.ofSeconds(30), Duration.ofHours(1), 200, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /**
     * The defaults with the global choices from {@code BACKLINE_BACKFILL_DAYS} (1–365) and
     * {@code BACKLINE_POLL_SECONDS} (at least 30) where set.
     *
     * @throws IllegalArgumentException naming the variable when a value is not a number in range
     */
    public static SyncSettings fromEnvironment(Map<String, String> env) {
        SyncSettings s = defaults();
        String days = env.get("BACKLINE_BACKFILL_DAYS");
        if (days != null && !days.isBlank()) {
            s = s.withBackfillDays(number("BACKLINE_BACKFILL_DAYS", days, 1, 365));
        }
        String seconds = env.get("BACKLINE_POLL_SECONDS");
        if (seconds != null && !seconds.isBlank()) {
            s = s.withPollInterval(Duration.ofSeconds(number("BACKLINE_POLL_SECONDS", seconds, 30, 86_400)));
        }
        return s;
    }

    private static int number(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not " + text);
    }

    public SyncSettings withBackfillDays(int days) {
        return new SyncSettings(days, pollInterval, jitter, ladder, poolSize, pageSize, pollPageSize, offlineProbe,
                maxBackoff, refreshLimit, shutdownWait, rescan);
    }

    public SyncSettings withPollInterval(Duration interval) {
        return new SyncSettings(backfillDays, interval, jitter, ladder, poolSize, pageSize, pollPageSize,
                offlineProbe, maxBackoff, refreshLimit, shutdownWait, rescan);
    }

    public SyncSettings withPageSizes(int backfill, int poll) {
        return new SyncSettings(backfillDays, pollInterval, jitter, ladder, poolSize, backfill, poll, offlineProbe,
                maxBackoff, refreshLimit, shutdownWait, rescan);
    }

    public SyncSettings withOfflineProbe(Duration probe) {
        return new SyncSettings(backfillDays, pollInterval, jitter, ladder, poolSize, pageSize, pollPageSize, probe,
                maxBackoff, refreshLimit, shutdownWait, rescan);
    }

    public SyncSettings withJitter(double fraction) {
        return new SyncSettings(backfillDays, pollInterval, fraction, ladder, poolSize, pageSize, pollPageSize,
                offlineProbe, maxBackoff, refreshLimit, shutdownWait, rescan);
    }
}
