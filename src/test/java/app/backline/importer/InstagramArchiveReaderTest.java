package app.backline.importer;

import static app.backline.importer.Fixtures.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstagramArchiveReaderTest {

    /** "Tour 🎸 @max.orenstein" written as UTF-8 bytes in \\u00XX escapes, the way Instagram exports do. */
    private static final String MOJIBAKE_TITLE = "Tour \\u00f0\\u009f\\u008e\\u00b8 @max.orenstein #live";

    private static final String POSTS = "[\n"
            + "{\"media\":[{\"uri\":\"media/posts/202405/a_1.jpg\",\"creation_timestamp\":1715566876,"
            + "\"title\":\"" + MOJIBAKE_TITLE + "\"}]},\n"
            + "{\"media\":[{\"uri\":\"media/posts/202403/b_1.jpg\",\"creation_timestamp\":1710165470,\"title\":\"\"},"
            + "{\"uri\":\"media/posts/202403/B_2\",\"creation_timestamp\":1710165470,\"title\":\"\","
            + "\"media_metadata\":{\"video_metadata\":{}}},"
            + "{\"uri\":\"media/posts/202403/c.mp4\",\"creation_timestamp\":1710165470,\"title\":\"\"}],"
            + "\"title\":\"Carousel caf\\u00c3\\u00a9\",\"creation_timestamp\":1710165471}\n"
            + "]";

    @TempDir
    Path dir;

    @Test
    void readsSingleAndCarouselPostsWithRepairedText() throws Exception {
        Path folder = archive().file("your_instagram_activity/content/posts_1.json", POSTS)
                .file("your_instagram_activity/content/stories.json", "{\"ig_stories\":[]}")
                .folder(dir, "ig");

        ParsedArchive parsed = Fixtures.parse(folder);

        assertEquals(Platform.INSTAGRAM, parsed.platform());
        assertNull(parsed.identity().handle());
        assertEquals(2, parsed.posts().size());
        PostDraft single = parsed.posts().get(0).draft();
        assertEquals("Tour \uD83C\uDFB8 @max.orenstein #live", single.caption());
        assertEquals(Instant.ofEpochSecond(1715566876), single.postedAt());
        assertEquals(MediaType.IMAGE, single.mediaType());
        assertNull(single.externalPostId());
        assertNull(single.permalink());
        assertEquals(Metrics.NONE, single.metrics());
        assertEquals(List.of("max.orenstein"), single.entities().mentions());
        assertEquals(List.of("live"), single.entities().hashtags());
        assertFalse(single.reply());
    }

    @Test
    void carouselUsesRootTimestampAndTitleAndTypesEachItem() throws Exception {
        Path folder = archive().file("your_instagram_activity/content/posts_1.json", POSTS).folder(dir, "ig");

        ArchivePost carousel = Fixtures.parse(folder).posts().get(1);

        assertEquals("Carousel café", carousel.draft().caption());
        assertEquals(Instant.ofEpochSecond(1710165471), carousel.draft().postedAt());
        assertEquals(MediaType.CAROUSEL, carousel.draft().mediaType());
        assertEquals(List.of(MediaType.IMAGE, MediaType.VIDEO, MediaType.VIDEO),
                carousel.media().stream().map(MediaRef::type).toList());
        assertEquals(List.of("media/posts/202403/b_1.jpg"), carousel.media().get(0).archivePaths());
    }

    @Test
    void readsEveryPostsFileInNumberOrderAndTheOwnerName() throws Exception {
        String profile = "{\"profile_user\":[{\"string_map_data\":{\"Username\":{\"value\":\"the.band\"}}}]}";
        Path zip = archive()
                .file("your_instagram_activity/content/posts_10.json",
                        "[{\"title\":\"ten\",\"creation_timestamp\":30,\"media\":[]}]")
                .file("your_instagram_activity/content/posts_2.json",
                        "[{\"title\":\"two\",\"creation_timestamp\":20,\"media\":[]}]")
                .file("your_instagram_activity/content/posts_1.json",
                        "[{\"title\":\"one\",\"creation_timestamp\":10,\"media\":[]}]")
                .file("personal_information/personal_information/personal_information.json", profile)
                .zip(dir, "ig.zip");

        ParsedArchive parsed = Fixtures.parse(zip);

        assertEquals(List.of("one", "two", "ten"), parsed.posts().stream().map(p -> p.draft().caption()).toList());
        assertEquals("the.band", parsed.identity().handle());
        assertEquals(MediaType.TEXT, parsed.posts().get(0).draft().mediaType());
    }

    @Test
    void acceptsTheOlderTopLevelContentLayout() throws Exception {
        Path folder = archive().file("content/posts_1.json", POSTS).folder(dir, "old");

        assertEquals(2, Fixtures.parse(folder).posts().size());
    }

    @Test
    void anExportWithoutPostsReadsAsNone() throws Exception {
        Path folder = archive().file("your_instagram_activity/content/stories.json", "{\"ig_stories\":[]}")
                .folder(dir, "stories-only");

        ParsedArchive parsed = Fixtures.parse(folder);

        assertEquals(Platform.INSTAGRAM, parsed.platform());
        assertEquals(0, parsed.posts().size());
    }
}
