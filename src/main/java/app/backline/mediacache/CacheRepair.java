package app.backline.mediacache;

import app.backline.persistence.repository.CachedMedia;
import app.backline.persistence.repository.MediaCacheRepository;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings the cache folder and its table back in line after a crash, a store restored from a backup, or
 * files deleted by hand: partial downloads go, files without an entry go, entries without a file go (their
 * rows are downloaded again). Runs on open, before any prefetch.
 */
final class CacheRepair {

    private final MediaCacheRepository store;
    private final CacheFolder folder;

    CacheRepair(MediaCacheRepository store, CacheFolder folder) {
        this.store = store;
        this.folder = folder;
    }

    /** @return files and entries removed */
    int repair() throws IOException {
        int removed = folder.removeTempFiles();
        List<CachedMedia> entries = store.all();
        Set<String> known = new HashSet<>();
        for (CachedMedia entry : entries) {
            if (folder.exists(entry.localPath())) {
                known.add(entry.localPath());
            } else {
                store.evicted(entry);
                removed++;
            }
        }
        for (String file : folder.files()) {
            if (!known.contains(file)) {
                folder.delete(file);
                removed++;
            }
        }
        return removed;
    }
}
