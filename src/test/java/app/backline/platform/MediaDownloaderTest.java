package app.backline.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.mediacache.TestImages;
import java.awt.Color;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaDownloaderTest {

    private static final long CAP = 64 * 1024;

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(2, TimeUnit.SECONDS).build();
    private final MediaDownloader downloader = new MediaDownloader(http);

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void savesAnImageUnderTheExtensionOfItsContentType() throws Exception {
        byte[] jpeg = TestImages.solid("jpg", Color.RED);
        server.enqueue(image(jpeg, "image/jpeg"));

        DownloadedImage saved = download("/v/photo.jpg?oh=signature&oe=expiry");

        assertEquals(dir.resolve("cache/ab/key.jpg"), saved.file());
        assertEquals("image/jpeg", saved.contentType());
        assertEquals(jpeg.length, saved.bytes());
        assertArrayEquals(jpeg, Files.readAllBytes(saved.file()));
        assertTrue(server.takeRequest().getHeaders().get("Accept").startsWith("image/jpeg"));
        assertNoTempFiles();
    }

    @Test
    void refusesWhatIsNotAnImage() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html").body("<html>").build());
        MediaDownloadException e = assertThrows(MediaDownloadException.class, () -> download("/login"));
        assertEquals("Not an image: the server sent text/html", e.getMessage());
        assertFalse(e.offline());
        assertNothingSaved();
    }

    @Test
    void refusesAnErrorStatusInPlainWords() {
        server.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "image/png").build());
        MediaDownloadException e = assertThrows(MediaDownloadException.class, () -> download("/gone.png"));
        assertEquals("The image server answered HTTP 404", e.getMessage());
        assertNothingSaved();
    }

    @Test
    void refusesAnImageOverTheCapAnnouncedByContentLength() {
        server.enqueue(image(TestImages.noise(200), "image/png"));
        MediaDownloadException e = assertThrows(MediaDownloadException.class, () -> download("/big.png"));
        assertTrue(e.getMessage().startsWith("The image is larger than 0.1 MB"), e.getMessage());
        assertNothingSaved();
    }

    @Test
    void refusesAnImageOverTheCapWithoutContentLength() {
        Buffer body = new Buffer().write(TestImages.noise(200));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .chunkedBody(body, 4096).build());
        MediaDownloadException e = assertThrows(MediaDownloadException.class, () -> download("/big.png"));
        assertTrue(e.getMessage().startsWith("The image is larger than"), e.getMessage());
        assertNothingSaved();
    }

    @Test
    void aConnectionCutMidBodyLeavesNoFile() {
        byte[] png = TestImages.noise(60);
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new Buffer().write(png)).throttleBody(1024, 10, TimeUnit.MILLISECONDS)
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        MediaDownloadException e = assertThrows(MediaDownloadException.class, () -> download("/cut.png"));
        assertTrue(e.getMessage().contains("broke off") || e.getMessage().contains("in time"), e.getMessage());
        assertNothingSaved();
    }

    @Test
    void anUnreachableHostIsOffline() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MediaDownloadException e = assertThrows(MediaDownloadException.class, () -> downloader.download(
                "http://127.0.0.1:" + closedPort + "/a.png", dir.resolve("tmp"), dir.resolve("cache/ab/key"), CAP));
        assertTrue(e.offline());
        assertTrue(e.getMessage().startsWith("Offline"), e.getMessage());
        assertNothingSaved();
    }

    @Test
    void notAWebAddressIsRefusedWithoutARequest() {
        MediaDownloadException e = assertThrows(MediaDownloadException.class,
                () -> downloader.download("file:///etc/passwd", dir.resolve("tmp"), dir.resolve("cache/ab/key"), CAP));
        assertEquals("Not a web address of an image", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    private DownloadedImage download(String path) {
        return downloader.download(server.url(path).toString(), dir.resolve("tmp"), dir.resolve("cache/ab/key"), CAP);
    }

    private static MockResponse image(byte[] bytes, String type) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", type).body(new Buffer().write(bytes)).build();
    }

    private void assertNothingSaved() {
        assertFalse(Files.exists(dir.resolve("cache")), "no file in the cache folder");
        assertNoTempFiles();
    }

    private void assertNoTempFiles() {
        if (!Files.exists(dir.resolve("tmp"))) {
            return;
        }
        try (Stream<Path> temp = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, temp.count(), "no partial download left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
