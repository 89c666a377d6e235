package app.backline.app;

import static app.backline.app.FlowSupport.feed;
import static app.backline.app.FlowSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.CaptionEntities;
import app.backline.domain.ConnectionType;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.mediacache.MediaCacheService;
import app.backline.mediacache.MediaCacheSettings;
import app.backline.mediacache.TestImages;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import app.backline.platform.MediaDownloader;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The feed draws a synced post's thumbnail from the media cache, with the network gone (the image server is
 * closed before the window opens), and a placeholder for a post whose image could not be downloaded.
 */
@ExtendWith(ApplicationExtension.class)
class CachedThumbnailFlowTest {

    private static final PseudoClass HAS_IMAGE = PseudoClass.getPseudoClass("image");

    private BacklineApp app;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("backline-thumbnail-flow");
        AppPaths paths = FlowSupport.paths(dir);
        try (MockWebServer cdn = new MockWebServer(); Database db = Database.open(paths.databaseBase())) {
            cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                    .body(new Buffer().write(TestImages.solid("png", Color.ORANGE))).build());
            cdn.enqueue(new MockResponse.Builder().code(404).build());
            cdn.start();
            ingest(db, "cached", Instant.parse("2024-06-02T10:00:00Z"), cdn.url("/v/1_n.png?oh=a").toString());
            ingest(db, "missing", Instant.parse("2024-06-01T10:00:00Z"), cdn.url("/v/2_n.png?oh=b").toString());
            OkHttpClient http = new OkHttpClient.Builder().readTimeout(2, TimeUnit.SECONDS).build();
            new MediaCacheService(db.mediaCache(), new MediaDownloader(http), paths.dataDir(),
                    MediaCacheSettings.defaults(), Clock.systemUTC()).prefetch(10);
        }
        app = new BacklineApp(paths, new FlowSupport.NoPicker());
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get(10, TimeUnit.SECONDS);
    }

    @Test
    void cachedImageIsDrawnAndAMissingOneShowsThePlaceholder(FxRobot robot) throws Exception {
        waitFor(() -> feed(robot).getItems().size() == 2);
        waitFor(() -> thumbnailOf(robot, "cached").getPseudoClassStates().contains(HAS_IMAGE));

        Post cached = feed(robot).getItems().get(0);
        assertEquals("cached", cached.externalPostId());
        assertFalse(thumbnailOf(robot, "missing").getPseudoClassStates().contains(HAS_IMAGE));
        assertNull(feed(robot).getItems().get(1).media().get(0).localPath());
    }

    /** The thumbnail in the visible row of the post (the list also keeps an invisible row for measuring). */
    @SuppressWarnings("unchecked")
    private static Node thumbnailOf(FxRobot robot, String postId) {
        return robot.lookup(".post-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() != null
                        && ((Post) c.getItem()).externalPostId().equals(postId))
                .map(c -> c.lookup(".thumbnail")).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
    }

    private static void ingest(Database db, String id, Instant at, String url) {
        PostDraft draft = new PostDraft(Platform.INSTAGRAM, id, "https://www.instagram.com/p/" + id + "/",
                "caption " + id, MediaType.IMAGE, at, new Metrics(3L, 1L, null, null), CaptionEntities.NONE,
                false, false, "en", null, IngestSource.POLL, List.of(new Media(MediaType.IMAGE, url, null)));
        db.posts().ingest(new IngestBatch(ArtistRef.byName("Cass"),
                new AccountIdentity(Platform.INSTAGRAM, "17841400000000002", "cass", null), ConnectionType.MANUAL,
                List.of(draft)), Progress.NONE);
    }
}
