package app.backline.importer;

import static app.backline.importer.Fixtures.archive;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStagerTest {

    private static final AccountIdentity OWNER = new AccountIdentity(Platform.X, "42", "Band", null);

    @TempDir
    Path dir;

    private static ArchivePost post(MediaRef... refs) {
        PostDraft draft = new PostDraft(Platform.X, "7", null, "", MediaType.VIDEO, Instant.EPOCH, null, null,
                false, false, null, null, IngestSource.IMPORT, List.of());
        return new ArchivePost(draft, List.of(refs));
    }

    @Test
    void stagesFoundFilesUnderStableNamesAndPublishesThemAfterwards() throws Exception {
        Path data = dir.resolve("data");
        MediaRef video = new MediaRef(MediaType.VIDEO, "https://video/hi.mp4",
                List.of("data/tweets_media/7-hi.mp4", "data/tweets_media/7-poster.jpg"));
        MediaRef gone = new MediaRef(MediaType.IMAGE, "https://pbs/x.jpg", List.of("data/tweets_media/7-x.jpg"));
        Path zip = archive().file("data/tweets_media/7-hi.mp4", new byte[] {1, 2, 3}).zip(dir, "x.zip");

        try (ArchiveSource source = Fixtures.open(zip)) {
            ArchivePost post = post(video, gone);
            StagedMedia staged = new MediaStager(data).stage(source, new ParsedArchive(OWNER, List.of(post)),
                    List.of(post), Progress.NONE);

            List<Media> media = staged.drafts().get(0).media();
            assertEquals("media/x/42/7-hi.mp4", media.get(0).localPath());
            assertNull(media.get(1).localPath());
            assertEquals(1, staged.copied());
            assertEquals(1, staged.missing());
            assertTrue(Files.notExists(data.resolve("media")), "nothing in place before publish");

            staged.publish(data);
        }

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(data.resolve("media/x/42/7-hi.mp4")));
        try (Stream<Path> top = Files.list(data)) {
            assertEquals(List.of(data.resolve("media")), top.toList(), "staging folder removed");
        }
    }

    @Test
    void foldersLeftByACrashedImportAreRemovedButPublishedMediaStays() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve(".media-staging-dead/media/x/42"));
        Files.write(data.resolve(".media-staging-dead/media/x/42/1-a.jpg"), new byte[] {1, 2});
        Files.createDirectories(data.resolve("media/x/42"));
        Files.write(data.resolve("media/x/42/2-b.jpg"), new byte[] {3});

        assertEquals(1, new MediaStager(data).removeLeftovers());

        assertTrue(Files.notExists(data.resolve(".media-staging-dead")));
        assertTrue(Files.exists(data.resolve("media/x/42/2-b.jpg")));
        assertEquals(0, new MediaStager(dir.resolve("missing")).removeLeftovers());
    }

    @Test
    void discardLeavesNoFileAndAnExistingSameSizeCopyIsReused() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("media/x/42"));
        Files.write(data.resolve("media/x/42/7-a.jpg"), new byte[] {9, 9});
        MediaRef existing = new MediaRef(MediaType.IMAGE, null, List.of("m/7-a.jpg"));
        MediaRef fresh = new MediaRef(MediaType.IMAGE, null, List.of("m/7-b.jpg"));
        Path folder = archive().file("m/7-a.jpg", new byte[] {1, 2}).file("m/7-b.jpg", new byte[] {3})
                .folder(dir, "archive");

        try (ArchiveSource source = Fixtures.open(folder)) {
            ArchivePost post = post(existing, fresh);
            StagedMedia staged = new MediaStager(data).stage(source, new ParsedArchive(OWNER, List.of(post)),
                    List.of(post), Progress.NONE);
            assertEquals(2, staged.copied());
            staged.discard();
        }

        try (Stream<Path> files = Files.walk(data)) {
            assertEquals(List.of(data.resolve("media/x/42/7-a.jpg")), files.filter(Files::isRegularFile).toList());
        }
        assertArrayEquals(new byte[] {9, 9}, Files.readAllBytes(data.resolve("media/x/42/7-a.jpg")));
    }

    @Test
    void accountKeyIsTheUserIdElseTheHandleElseUnknown() {
        assertEquals("42", MediaStager.accountKey(OWNER));
        assertEquals("the.band", MediaStager.accountKey(new AccountIdentity(Platform.INSTAGRAM, null, "The.Band", null)));
        assertEquals("unknown", MediaStager.accountKey(new AccountIdentity(Platform.INSTAGRAM, null, null, null)));
    }
}
