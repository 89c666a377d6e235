package app.backline.mediacache;

import app.backline.persistence.repository.CachedMedia;
import app.backline.persistence.repository.MediaCacheRepository;
import java.time.Instant;

/**
 * Whether one more download is worth it. It is when the largest allowed image still fits under the cap, or
 * when the item ranks above the least recently used file, which eviction would then remove in its favour.
 * Items of old posts nobody looked at therefore never push out newer ones, and an item just evicted is not
 * downloaded again by the next run (no download-evict cycle).
 */
final class CacheRoom {

    private final MediaCacheRepository store;
    private final MediaCacheSettings settings;
    private long total;
    private Instant leastRecent;

    private CacheRoom(MediaCacheRepository store, MediaCacheSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    static CacheRoom measure(MediaCacheRepository store, MediaCacheSettings settings) {
        CacheRoom room = new CacheRoom(store, settings);
        room.remeasure();
        return room;
    }

    void remeasure() {
        total = store.totalBytes();
        leastRecent = store.leastRecentlyUsed(1).stream().map(CachedMedia::lastAccess).findFirst().orElse(null);
    }

    /** @param rank the item's place in least-recently-used order (its post's publication time) */
    boolean worthFetching(Instant rank) {
        return total + settings.maxFileBytes() <= settings.maxTotalBytes()
                || leastRecent != null && rank.isAfter(leastRecent);
    }

    void added(long bytes) {
        total += bytes;
    }

    boolean overCap() {
        return total > settings.maxTotalBytes();
    }
}
