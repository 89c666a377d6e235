package app.backline.persistence.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The media cache's bookkeeping: which media rows wait for a download, and which files the cache holds. */
public interface MediaCacheRepository {

    /**
     * Media rows with a remote URL, no local copy and no retry pending after {@code now}, newest posts first
     * (text items excluded).
     */
    List<MediaFetch> due(Instant now, int limit);

    Optional<CachedMedia> find(String urlKey);

    /**
     * Records a downloaded file (replacing an entry of the same key, whose rows move to the new file) and
     * points the media row at it, clearing its failures.
     */
    void stored(long mediaId, CachedMedia file, Instant fetchedAt);

    /** Points a media row at a file the cache already holds, clearing its failures. */
    void linked(long mediaId, String localPath);

    /** Records a failed download: tried again from {@code retryAt}; {@code error} is cut to 300 chars. */
    void failed(long mediaId, int attempts, Instant retryAt, String error);

    /** Sets the last access of the cached files among {@code localPaths}; other paths are ignored. */
    void touched(Collection<String> localPaths, Instant at);

    /** Bytes of all cached files. */
    long totalBytes();

    /** Cached files, least recently used first. */
    List<CachedMedia> leastRecentlyUsed(int limit);

    /** Every cached file (for the check on open). */
    List<CachedMedia> all();

    /**
     * Drops a file's entry and clears {@code local_path} on the rows showing it (they show a placeholder).
     *
     * @return rows cleared
     */
    int evicted(CachedMedia file);
}
