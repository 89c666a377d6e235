package app.backline.importer;

import static app.backline.importer.Fixtures.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import app.backline.common.Progress;
import app.backline.domain.ArtistRef;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** YouTube Takeout, TikTok and LinkedIn archives through the service on a real H2 store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoreFormatsImportServiceTest {

    private Database db;

    @BeforeAll
    void openStore(@TempDir Path storeDir) {
        db = Database.open(storeDir.resolve("db"));
    }

    @AfterAll
    void closeStore() {
        db.close();
    }

    private ArchiveImportService service(Path dataDir) {
        return new ArchiveImportService(db.posts(), dataDir, new CaptionEntityExtractor(), EnrichmentService.standard(), Clock.systemUTC());
    }

    private List<Post> feed(long artistId) {
        return db.posts().page(artistId, PostFilter.all(), null, 100).posts();
    }

    private static Fixtures youTubeTakeout() {
        String base = "Takeout/YouTube and YouTube Music/";
        return archive().file(base + "video metadata/videos.csv", YouTubeTakeoutReaderTest.VIDEOS_TITLE_CASE)
                .file(base + "video metadata/video texts.csv", YouTubeTakeoutReaderTest.TEXTS)
                .file(base + "channels/channel.csv", YouTubeTakeoutReaderTest.CHANNEL);
    }

    @Test
    void aYouTubeTakeoutImportsOnceWhetherZippedOrUnpacked(@TempDir Path dir) throws Exception {
        ArchiveImportService service = service(dir.resolve("data"));
        Path zip = youTubeTakeout().zip(dir, "takeout.zip");
        Path folder = youTubeTakeout().folder(dir, "takeout");

        ImportReport first = service.importArchive(zip, ArtistRef.byName("Tube Band"), Progress.NONE);
        ImportReport again = service.importArchive(zip, ArtistRef.byName("Tube Band"), Progress.NONE);
        ImportReport unpacked = service.importArchive(folder, ArtistRef.byName("Tube Band"), Progress.NONE);

        assertEquals(Platform.YOUTUBE, first.platform());
        assertEquals("Band \u00d8", first.handle());
        assertEquals(2, first.added());
        assertEquals(2, first.mediaMissing(), "the videos are remote");
        for (ImportReport r : List.of(again, unpacked)) {
            assertEquals(0, r.added());
            assertEquals(2, r.unchanged());
        }
        Post live = feed(first.artistId()).stream().filter(p -> p.externalPostId().equals("aaaaaaaaaa1"))
                .findFirst().orElseThrow();
        assertEquals("\u6674\u308c\u305f\u65e5 (Live)\n\nRecorded live \u2014 part two #live", live.caption());
        assertEquals("Public", live.visibility());
        assertEquals(List.of(new Media(MediaType.VIDEO, "https://www.youtube.com/watch?v=aaaaaaaaaa1", null)),
                live.media());
        assertEquals("UCchannel1", db.accounts().findByArtist(first.artistId()).get(0).externalUserId());
    }

    @Test
    void aLinkedInExportStoresEachUrnOnceAndReimportsNothing(@TempDir Path dir) throws Exception {
        Path zip = archive().file("Shares.csv", LinkedInArchiveReaderTest.SHARES).zip(dir, "linkedin.zip");
        ArchiveImportService service = service(dir.resolve("data"));

        ImportReport first = service.importArchive(zip, ArtistRef.byName("Linked Band"), Progress.NONE);
        ImportReport again = service.importArchive(zip, ArtistRef.byName("Linked Band"), Progress.NONE);

        assertEquals(4, first.postsRead(), "five rows, one URN twice");
        assertEquals(4, first.added());
        assertEquals(0, again.added());
        assertEquals(4, again.unchanged());
        Post single = feed(first.artistId()).get(0);
        assertEquals("urn:li:share:7345821826846990338", single.externalPostId());
        assertEquals("New single out Friday.\n\nTickets: \"soon\".\n#release", single.caption());
    }

    @Test
    void aTikTokExportWithNullSectionsImportsZeroThenItsPostsOnce(@TempDir Path dir) throws Exception {
        ArchiveImportService service = service(dir.resolve("data"));
        Path empty = archive().file("user_data_tiktok.json", TikTokArchiveReaderTest.userData("null"))
                .zip(dir, "empty.zip");
        Path full = archive().file("user_data_tiktok.json",
                TikTokArchiveReaderTest.userData(TikTokArchiveReaderTest.THREE_VIDEOS)).folder(dir, "full");

        ImportReport none = service.importArchive(empty, ArtistRef.byName("Tok Band"), Progress.NONE);
        ImportReport first = service.importArchive(full, ArtistRef.byName("Tok Band"), Progress.NONE);
        ImportReport again = service.importArchive(full, ArtistRef.byName("Tok Band"), Progress.NONE);

        assertEquals(0, none.added());
        assertEquals("the.band", none.handle());
        assertEquals(3, first.added());
        assertEquals(0, again.added());
        assertEquals(3, again.unchanged());
        Post diary = feed(first.artistId()).get(0);
        assertEquals(1204L, diary.metrics().likes());
        assertEquals("Everyone", diary.visibility());
        assertEquals(1, db.accounts().findByArtist(first.artistId()).size());
    }

    @Test
    void refusedOrCancelledCsvArchivesWriteNothing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path broken = archive().file("Shares.csv", LinkedInArchiveReaderTest.HEADER + "2025-07-01 14:33:22,x,y\n")
                .zip(dir, "broken.zip");
        Path takeout = youTubeTakeout().zip(dir, "takeout.zip");
        int artists = db.artists().findAll().size();

        assertThrows(ArchiveRejectedException.class,
                () -> service(data).importArchive(broken, ArtistRef.byName("Never Band"), Progress.NONE));
        assertThrows(CancelledException.class,
                () -> service(data).importArchive(takeout, ArtistRef.byName("Never Band"), cancelWhenReading()));

        assertEquals(artists, db.artists().findAll().size());
        assertTrue(db.artists().findByName("Never Band").isEmpty());
        assertTrue(Files.notExists(data) || Files.list(data).findAny().isEmpty());
    }

    private static Progress cancelWhenReading() {
        return new Progress() {
            private boolean cancelled;

            @Override
            public void report(long done, long total, String message) {
                cancelled |= message != null && message.startsWith("Reading");
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
