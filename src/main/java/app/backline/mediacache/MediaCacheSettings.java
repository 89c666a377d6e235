package app.backline.mediacache;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Limits of the media cache.
 *
 * @param maxTotalBytes bytes all cached files may take together; least recently used files go beyond it
 * @param maxFileBytes  largest image kept; larger ones are refused (and retried later: a CDN may shrink them)
 * @param firstRetry    wait after the first failed download of an item; doubles with each further failure
 * @param maxRetry      longest wait between two attempts
 */
public record MediaCacheSettings(long maxTotalBytes, long maxFileBytes, Duration firstRetry, Duration maxRetry) {

    private static final long MB = 1024L * 1024L;
    /** Overrides {@link #maxTotalBytes} in megabytes. */
    public static final String TOTAL_MB_VARIABLE = "BACKLINE_MEDIA_CACHE_MB";

    public MediaCacheSettings {
        if (maxTotalBytes <= 0 || maxFileBytes <= 0 || firstRetry.isNegative() || firstRetry.isZero()
                || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("media cache limits and waits must be positive");
        }
    }

    /** 500 MB in all, 8 MB per image, retries after 10 min, 20 min, 40 min … at most a week apart. */
    public static MediaCacheSettings defaults() {
        return new MediaCacheSettings(500 * MB, 8 * MB, Duration.ofMinutes(10), Duration.ofDays(7));
    }

    /** The defaults with {@code BACKLINE_MEDIA_CACHE_MB} applied when it holds a positive whole number. */
    public static MediaCacheSettings fromEnvironment(Map<String, String> env) {
        MediaCacheSettings defaults = defaults();
        String value = env.get(TOTAL_MB_VARIABLE);
        try {
            long mb = value == null ? 0 : Long.parseLong(value.strip());
            return mb > 0 ? defaults.withMaxTotalBytes(mb * MB) : defaults;
        } catch (NumberFormatException e) {
            return defaults;
        }
    }

    public MediaCacheSettings withMaxTotalBytes(long bytes) {
        return new MediaCacheSettings(bytes, maxFileBytes, firstRetry, maxRetry);
    }

    /** When to try again after the {@code attempts}-th failure (1 = first). */
    Instant retryAt(int attempts, Instant now) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(maxRetry) > 0 ? maxRetry : wait);
    }
}
