package app.backline.mediacache;

import app.backline.domain.Media;
import app.backline.domain.Post;
import app.backline.persistence.repository.CachedMedia;
import app.backline.persistence.repository.MediaCacheRepository;
import app.backline.persistence.repository.MediaFetch;
import app.backline.platform.DownloadedImage;
import app.backline.platform.MediaDownloadException;
import app.backline.platform.MediaDownloader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps thumbnails and images in the data directory so the feed looks the same offline (Instagram's and
 * TikTok's media URLs expire within hours). {@link #prefetch} downloads media rows that have a remote URL and
 * no local copy, newest posts first, and points the rows at the files; the feed then loads them like archive
 * copies. A failed download is recorded on its row and retried after a growing wait; nothing is ever thrown
 * into the caller. The cache stays under {@link MediaCacheSettings#maxTotalBytes()} by dropping the least
 * recently used files. Thread-safe.
 */
public final class MediaCacheService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MediaCacheService.class);
    private static final int PAGE = 50;

    /** What became of one row; OFFLINE and NO_ROOM end the batch. */
    private enum Step { LINKED, DOWNLOADED, FAILED, OFFLINE, NO_ROOM }

    private final MediaCacheRepository store;
    private final MediaDownloader downloader;
    private final MediaCacheSettings settings;
    private final Clock clock;
    private final CacheFolder folder;
    private final CacheEvictor evictor;
    private final AccessLog access = new AccessLog();
    private final ReentrantLock running = new ReentrantLock();

    public MediaCacheService(MediaCacheRepository store, MediaDownloader downloader, Path dataDir,
                             MediaCacheSettings settings, Clock clock) {
        this.store = store;
        this.downloader = downloader;
        this.settings = settings;
        this.clock = clock;
        this.folder = new CacheFolder(dataDir);
        this.evictor = new CacheEvictor(store, folder, settings);
    }

    /**
     * Removes partial downloads and files without an entry that a crash left, and forgets entries whose
     * file is gone. Call once on open, before the first {@link #prefetch}; never throws.
     *
     * @return files and entries removed
     */
    public int removeCrashLeftovers() {
        try {
            int removed = new CacheRepair(store, folder).repair();
            if (removed > 0) {
                LOG.info("Media cache: removed {} leftovers of an interrupted run", removed);
            }
            return removed;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Media cache check on open failed: {}", e.toString());
            return 0;
        }
    }

    /**
     * Downloads up to {@code max} images, then trims the cache to its cap. Rows whose URL (without query) is
     * cached already are pointed at the file without a download. Stops early when the network is gone or when
     * the remaining items (older posts) would be the first to be evicted. A call while another runs returns 0
     * at once. Blocks for the downloads: call it off the FX thread (the sync engine's {@code afterRun}).
     *
     * @return media rows that got a local copy (downloaded or already cached)
     */
    public int prefetch(int max) {
        if (max <= 0 || !running.tryLock()) {
            return 0;
        }
        Progress done = new Progress();
        try {
            access.flush(store, clock.instant());
            fetchDue(max, done);
            evictor.evictOverCap();
        } catch (RuntimeException e) {
            LOG.warn("Media prefetch stopped: {}", e.toString());
        } finally {
            running.unlock();
        }
        if (done.downloaded + done.failed > 0) {
            LOG.info("Media cache: {} downloaded, {} already cached, {} failed (retried later)",
                    done.downloaded, done.linked, done.failed);
        }
        return done.downloaded + done.linked;
    }

    /** Records that the feed showed these files (paths relative to the data dir); no I/O, any thread. */
    public void touched(Collection<String> localPaths) {
        access.record(localPaths);
    }

    /** {@link #touched} with every media path of {@code posts}: hand it each feed page as it is loaded. */
    public void shown(Collection<Post> posts) {
        access.record(posts.stream().flatMap(p -> p.media().stream()).map(Media::localPath).toList());
    }

    /** Writes the recorded accesses; never throws. */
    @Override
    public void close() {
        try {
            access.flush(store, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Media cache: could not record which images were shown: {}", e.toString());
        }
    }

    private void fetchDue(int max, Progress done) {
        CacheRoom room = CacheRoom.measure(store, settings);
        while (done.downloaded < max) {
            List<MediaFetch> due = store.due(clock.instant(), PAGE);
            if (due.isEmpty()) {
                return;
            }
            for (MediaFetch row : due) {
                Step step = fetchOne(row, room);
                done.count(step);
                if (step == Step.OFFLINE || step == Step.NO_ROOM || done.downloaded >= max) {
                    return;
                }
            }
        }
    }

    private Step fetchOne(MediaFetch row, CacheRoom room) {
        String key = CacheKeys.of(row.remoteUrl());
        Optional<CachedMedia> cached = store.find(key).filter(c -> folder.exists(c.localPath()));
        if (cached.isPresent()) {
            store.linked(row.mediaId(), cached.get().localPath());
            return Step.LINKED;
        }
        Instant now = clock.instant();
        Instant rank = row.postedAt().isAfter(now) ? now : row.postedAt();
        if (!room.worthFetching(rank)) {
            return Step.NO_ROOM;
        }
        try {
            DownloadedImage image = downloader.download(row.remoteUrl(), folder.tempDir(), folder.targetBase(key),
                    settings.maxFileBytes());
            store.stored(row.mediaId(), new CachedMedia(key, folder.relative(image.file()), image.bytes(), rank), now);
            room.added(image.bytes());
        } catch (MediaDownloadException e) {
            int attempts = row.attempts() + 1;
            store.failed(row.mediaId(), attempts, settings.retryAt(attempts, now), e.getMessage());
            LOG.debug("Media {} not downloaded (attempt {}): {}", row.mediaId(), attempts, e.getMessage());
            return e.offline() ? Step.OFFLINE : Step.FAILED;
        }
        if (room.overCap()) {
            evictor.evictOverCap();
            room.remeasure();
        }
        return Step.DOWNLOADED;
    }

    /** Counts of one prefetch. */
    private static final class Progress {
        int downloaded;
        int linked;
        int failed;

        void count(Step step) {
            switch (step) {
                case DOWNLOADED -> downloaded++;
                case LINKED -> linked++;
                case FAILED, OFFLINE -> failed++;
                default -> { }
            }
        }
    }
}
