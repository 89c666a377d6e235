package app.backline.mediacache;

import app.backline.persistence.repository.CachedMedia;
import app.backline.persistence.repository.MediaCacheRepository;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes least recently used cache files until the cache fits its cap. The entry goes first (its rows then
 * show a placeholder), the file second: a crash in between leaves an orphan file, which the check on open
 * removes, never a row pointing at nothing. Only entries of the cache table are candidates, so copies of
 * archive media are out of reach.
 */
final class CacheEvictor {

    private static final Logger LOG = LoggerFactory.getLogger(CacheEvictor.class);
    private static final int BATCH = 50;

    private final MediaCacheRepository store;
    private final CacheFolder folder;
    private final MediaCacheSettings settings;

    CacheEvictor(MediaCacheRepository store, CacheFolder folder, MediaCacheSettings settings) {
        this.store = store;
        this.folder = folder;
        this.settings = settings;
    }

    /** @return files removed */
    int evictOverCap() {
        long total = store.totalBytes();
        int removed = 0;
        while (total > settings.maxTotalBytes()) {
            List<CachedMedia> oldest = store.leastRecentlyUsed(BATCH);
            if (oldest.isEmpty()) {
                break;
            }
            for (CachedMedia file : oldest) {
                if (total <= settings.maxTotalBytes()) {
                    break;
                }
                remove(file);
                total -= file.bytes();
                removed++;
            }
        }
        if (removed > 0) {
            LOG.info("Media cache over {} MB: removed the {} least recently used files",
                    settings.maxTotalBytes() / (1024 * 1024), removed);
        }
        return removed;
    }

    private void remove(CachedMedia file) {
        store.evicted(file);
        try {
            folder.delete(file.localPath());
        } catch (IOException e) {
            LOG.warn("Could not delete the cached file {}: {}", file.localPath(), e.getMessage());
        }
    }
}
