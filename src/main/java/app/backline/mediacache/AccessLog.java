package app.backline.mediacache;

import app.backline.persistence.repository.MediaCacheRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cache files the feed showed, kept in memory and written in one update when it matters: before eviction
 * (each prefetch) and on close. Scrolling the feed therefore never writes to the store. Thread-safe; at most
 * one entry per cached file.
 */
final class AccessLog {

    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    void record(Collection<String> localPaths) {
        for (String path : localPaths) {
            if (CacheFolder.isCachePath(path)) {
                shown.add(path);
            }
        }
    }

    /** Writes the recorded accesses as of {@code now}. */
    void flush(MediaCacheRepository store, Instant now) {
        if (shown.isEmpty()) {
            return;
        }
        List<String> batch = new ArrayList<>(shown);
        shown.removeAll(batch);
        store.touched(batch, now);
    }
}
