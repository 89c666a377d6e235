package app.backline.mediacache;

import static app.backline.mediacache.CacheFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.MediaType;
import java.awt.Color;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCacheServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final MediaCacheSettings SETTINGS = new MediaCacheSettings(10L * 1024 * 1024, 64 * 1024,
            Duration.ofMinutes(10), Duration.ofDays(7));

    @TempDir
    Path dataDir;
    private CacheFixture fx;
    private MediaCacheService cache;

    @BeforeEach
    void open() throws Exception {
        fx = new CacheFixture(dataDir);
        cache = fx.service(SETTINGS);
    }

    @AfterEach
    void close() {
        cache.close();
        fx.close();
    }

    @Test
    void downloadsNewestPostsFirstAndPointsTheRowsAtTheFiles() throws Exception {
        byte[] png = TestImages.solid("png", Color.RED);
        byte[] jpeg = TestImages.solid("jpg", Color.BLUE);
        byte[] preview = TestImages.solid("jpg", Color.GREEN);
        fx.synced("old", NOW.minus(HOUR.multipliedBy(3)), MediaType.IMAGE, fx.cdn.image("/p/old.png", png, "image/png"));
        fx.synced("new", NOW.minus(HOUR), MediaType.IMAGE, fx.cdn.image("/p/new.jpg", jpeg, "image/jpeg"));
        fx.synced("reel", NOW.minus(HOUR.multipliedBy(2)), MediaType.VIDEO,
                fx.cdn.image("/p/reel-preview.jpg", preview, "image/jpeg"));

        assertEquals(3, cache.prefetch(10));

        assertEquals(List.of("/p/new.jpg", "/p/reel-preview.jpg", "/p/old.png"), fx.cdn.asked());
        assertCached("old", png, ".png");
        assertCached("new", jpeg, ".jpg");
        assertCached("reel", preview, ".jpg");
    }

    @Test
    void maxBoundsTheDownloadsOfOneRun() {
        for (int i = 0; i < 4; i++) {
            fx.synced("p" + i, NOW.minus(HOUR.multipliedBy(i + 1)), MediaType.IMAGE,
                    fx.cdn.image("/p/" + i + ".png", TestImages.solid("png", new Color(i * 40, 0, 0)), "image/png"));
        }
        assertEquals(2, cache.prefetch(2));
        assertEquals(List.of("/p/0.png", "/p/1.png"), fx.cdn.asked());
        assertEquals(2, cache.prefetch(10));
        assertEquals(4, fx.cdn.asked().size());
    }

    @Test
    void refusedContentIsRetriedWithGrowingWaits() throws Exception {
        fx.synced("login-wall", NOW.minus(HOUR), MediaType.IMAGE, fx.cdn.page("/p/wall.jpg"));
        fx.synced("huge", NOW.minus(HOUR.multipliedBy(2)), MediaType.IMAGE,
                fx.cdn.image("/p/huge.png", TestImages.noise(300), "image/png"));

        assertEquals(0, cache.prefetch(10));
        assertEquals("1 Not an image: the server sent text/html", fx.fetchState("login-wall"));
        assertTrue(fx.fetchState("huge").startsWith("1 The image is larger than"), fx.fetchState("huge"));
        assertNull(fx.localPath("login-wall"));

        fx.clock.advance(Duration.ofMinutes(9));
        assertEquals(0, cache.prefetch(10));
        assertEquals(2, fx.cdn.asked().size(), "nothing is tried again before the wait is over");

        fx.clock.advance(Duration.ofMinutes(1));
        assertEquals(0, cache.prefetch(10));
        assertEquals(4, fx.cdn.asked().size());
        assertTrue(fx.fetchState("login-wall").startsWith("2 "));

        fx.clock.advance(Duration.ofMinutes(19));
        cache.prefetch(10);
        assertEquals(4, fx.cdn.asked().size(), "the second wait is twice the first");

        byte[] png = TestImages.solid("png", Color.ORANGE);
        fx.cdn.image("/p/wall.jpg", png, "image/png");
        fx.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, cache.prefetch(10));
        assertCached("login-wall", png, ".png");
        assertEquals("0 null", fx.fetchState("login-wall"), "a success clears the failures");
    }

    @Test
    void aMissingImageNeverStopsTheOthers() throws Exception {
        fx.synced("gone", NOW.minus(HOUR), MediaType.IMAGE, fx.cdn.url("/p/gone.jpg", "sig"));
        byte[] png = TestImages.solid("png", Color.PINK);
        fx.synced("here", NOW.minus(HOUR.multipliedBy(2)), MediaType.IMAGE, fx.cdn.image("/p/here.png", png, "image/png"));

        assertEquals(1, cache.prefetch(10));

        assertEquals("1 The image server answered HTTP 404", fx.fetchState("gone"));
        assertCached("here", png, ".png");
    }

    @Test
    void offlineEndsTheRunAfterOneTry() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        fx.synced("unreachable", NOW.minus(HOUR), MediaType.IMAGE, "http://127.0.0.1:" + closedPort + "/p/a.jpg?oh=1");
        fx.synced("later", NOW.minus(HOUR.multipliedBy(2)), MediaType.IMAGE,
                fx.cdn.image("/p/later.png", TestImages.solid("png", Color.CYAN), "image/png"));

        assertEquals(0, cache.prefetch(10));

        assertTrue(fx.fetchState("unreachable").startsWith("1 Offline: 127.0.0.1 cannot be reached"));
        assertEquals(List.of(), fx.cdn.asked(), "no further download once the network is gone");
        assertEquals("0 null", fx.fetchState("later"));
    }

    @Test
    void aSecondRunDownloadsNothingAndANewSignatureIsTheSameImage() throws Exception {
        byte[] png = TestImages.solid("png", Color.MAGENTA);
        String signed = fx.cdn.image("/v/t51/123_n.png", png, "image/png");
        fx.synced("first", NOW.minus(HOUR), MediaType.IMAGE, signed);
        assertEquals(1, cache.prefetch(10));
        String file = fx.localPath("first");

        assertEquals(0, cache.prefetch(10));
        fx.synced("first", NOW.minus(HOUR), MediaType.IMAGE, fx.cdn.url("/v/t51/123_n.png", "resigned"));
        assertEquals(0, cache.prefetch(10), "a re-synced post keeps its copy");
        assertEquals(file, fx.localPath("first"));

        fx.synced("repost", NOW.minus(HOUR.multipliedBy(2)), MediaType.IMAGE, fx.cdn.url("/v/t51/123_n.png", "sig2"));
        assertEquals(1, cache.prefetch(10));
        assertEquals(file, fx.localPath("repost"), "same URL without query: the cached file is reused");
        assertEquals(1, fx.cdn.asked().size());
        assertEquals(1, fx.db.mediaCache().all().size());
    }

    private void assertCached(String postId, byte[] bytes, String extension) throws Exception {
        String path = fx.localPath(postId);
        assertTrue(path.matches("media/cache/[0-9a-f]{2}/[0-9a-f]{64}\\" + extension), path);
        assertEquals(path.substring(12, 14), path.substring(15, 17), "folder = first two digits of the key");
        assertArrayEquals(bytes, Files.readAllBytes(dataDir.resolve(path)));
    }
}
