package app.backline.mediacache;

import static app.backline.mediacache.CacheFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.MediaType;
import app.backline.domain.PostFilter;
import app.backline.feed.FeedService;
import app.backline.persistence.repository.CachedMedia;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCacheEvictionTest {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Color[] COLOURS = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW, Color.GRAY};

    @TempDir
    Path dataDir;
    private CacheFixture fx;
    /** The largest test image; they differ by a byte or two at most, so N of them fit in N × size. */
    private long size;

    @BeforeEach
    void open() throws Exception {
        fx = new CacheFixture(dataDir);
        for (Color c : COLOURS) {
            size = Math.max(size, png(c).length);
        }
    }

    private static byte[] png(Color colour) {
        return TestImages.solid("png", colour);
    }

    private static long bytesOf(int... posts) {
        long sum = 0;
        for (int i : posts) {
            sum += png(COLOURS[i]).length;
        }
        return sum;
    }

    @AfterEach
    void close() {
        fx.close();
    }

    /** Post {@code i} was published {@code 10 - i} days ago: a higher number is a newer post. */
    private void syncPost(int i) {
        fx.synced("p" + i, NOW.minus(DAY.multipliedBy(10 - i)), MediaType.IMAGE,
                fx.cdn.image("/p/" + i + ".png", png(COLOURS[i]), "image/png"));
    }

    private MediaCacheService cacheOf(int files) {
        return fx.service(new MediaCacheSettings(files * size, size, Duration.ofMinutes(10), Duration.ofDays(7)));
    }

    @Test
    void leastRecentlyUsedGoesFirstAndWhatTheFeedShowedStays() {
        MediaCacheService cache = cacheOf(3);
        syncPost(1);
        syncPost(2);
        syncPost(3);
        assertEquals(3, cache.prefetch(10));
        String oldest = fx.localPath("p1");
        String second = fx.localPath("p2");

        cache.shown(List.of(fx.post("p1")));
        syncPost(4);
        assertEquals(1, cache.prefetch(10));

        assertNull(fx.localPath("p2"), "the least recently used file went: its post shows a placeholder");
        assertFalse(Files.exists(dataDir.resolve(second)));
        assertEquals(oldest, fx.localPath("p1"), "the oldest post stays: the feed showed it");
        assertTrue(Files.exists(dataDir.resolve(oldest)));
        assertNotNull(fx.localPath("p3"));
        assertNotNull(fx.localPath("p4"));
        assertEquals(bytesOf(1, 3, 4), fx.db.mediaCache().totalBytes());

        assertEquals(0, cache.prefetch(10));
        assertEquals(4, fx.cdn.asked().size(), "the evicted image is not downloaded again to be evicted again");
    }

    @Test
    void feedPagesRecordAccessWithoutWritingUntilTheNextRun() {
        MediaCacheService cache = cacheOf(3);
        syncPost(1);
        syncPost(2);
        cache.prefetch(10);
        FeedService feed = new FeedService(fx.db.posts(), cache::shown);
        long artistId = fx.post("p1").artistId();

        fx.clock.advance(Duration.ofHours(5));
        feed.page(artistId, PostFilter.all(), null);
        assertTrue(fx.db.mediaCache().all().stream().noneMatch(c -> c.lastAccess().equals(fx.clock.instant())),
                "showing a page writes nothing");

        cache.prefetch(10);
        assertTrue(fx.db.mediaCache().all().stream().allMatch(c -> c.lastAccess().equals(fx.clock.instant())));
    }

    @Test
    void imagesOfOldPostsDoNotPushOutNewerOnes() {
        MediaCacheService cache = cacheOf(2);
        syncPost(3);
        syncPost(4);
        assertEquals(2, cache.prefetch(10));
        syncPost(1);

        assertEquals(0, cache.prefetch(10));
        assertEquals(2, fx.cdn.asked().size());
        assertNotNull(fx.localPath("p3"));
        assertNotNull(fx.localPath("p4"));
    }

    @Test
    void archiveCopiesAreNeverEvicted() throws Exception {
        Path archiveFile = dataDir.resolve("media/instagram/17841400000000001/archive_1.jpg");
        Files.createDirectories(archiveFile.getParent());
        Files.write(archiveFile, TestImages.solid("jpg", Color.BLACK));
        fx.imported("archived", NOW.minus(DAY.multipliedBy(400)), fx.cdn.url("/p/archived.jpg", "x"),
                "media/instagram/17841400000000001/archive_1.jpg");
        syncPost(1);
        syncPost(2);
        syncPost(3);
        assertEquals(3, cacheOf(3).prefetch(10));

        MediaCacheService smaller = cacheOf(1);
        smaller.prefetch(10);

        assertEquals(bytesOf(3), fx.db.mediaCache().totalBytes());
        assertNotNull(fx.localPath("p3"));
        assertNull(fx.localPath("p1"));
        assertEquals("media/instagram/17841400000000001/archive_1.jpg", fx.localPath("archived"));
        assertTrue(Files.exists(archiveFile));
        assertFalse(fx.cdn.asked().contains("/p/archived.jpg"), "an archive copy is never downloaded again");
    }

    @Test
    void aRestartAfterACrashLeavesNoHalfFileAndNoEntryWithoutAFile() throws Exception {
        MediaCacheService before = cacheOf(5);
        syncPost(1);
        syncPost(2);
        assertEquals(2, before.prefetch(10));
        Path tmp = dataDir.resolve("media/cache/tmp");
        Files.createDirectories(tmp);
        Files.write(tmp.resolve("download-123.part"), new byte[100]);
        Path orphan = dataDir.resolve("media/cache/ff/" + "f".repeat(64) + ".png");
        Files.createDirectories(orphan.getParent());
        Files.write(orphan, TestImages.solid("png", Color.WHITE));
        String lost = fx.localPath("p2");
        Files.delete(dataDir.resolve(lost));

        MediaCacheService after = cacheOf(5);
        assertEquals(3, after.removeCrashLeftovers());

        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count());
        }
        assertFalse(Files.exists(orphan));
        assertNull(fx.localPath("p2"));
        for (CachedMedia entry : fx.db.mediaCache().all()) {
            assertTrue(Files.exists(dataDir.resolve(entry.localPath())), entry.localPath());
        }
        assertEquals(1, after.prefetch(10));
        assertEquals(lost, fx.localPath("p2"), "downloaded again to the same place");
        assertEquals(3, fx.cdn.asked().size());
    }
}
