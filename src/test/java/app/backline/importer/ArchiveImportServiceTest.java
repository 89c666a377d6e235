package app.backline.importer;

import static app.backline.importer.Fixtures.archive;
import static app.backline.importer.Fixtures.tweet;
import static app.backline.importer.Fixtures.ytd;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import app.backline.common.Progress;
import app.backline.domain.ArtistRef;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.Tag;
import app.backline.domain.PostFilter;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The service on a real H2 store: one store for the class (Hibernate boots once), one artist per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveImportServiceTest {

    private static final String MANIFEST = "window.__THAR_CONFIG = {\"userInfo\":{\"accountId\":\"42\","
            + "\"userName\":\"band\"},\"dataTypes\":{\"tweets\":{\"mediaDirectory\":\"data/tweets_media\","
            + "\"files\":[{\"fileName\":\"data/tweets.js\"}]}}}";
    private static final String TWO_PHOTOS = "\"extended_entities\":{\"media\":["
            + "{\"type\":\"photo\",\"media_url_https\":\"https://pbs.twimg.com/media/AAA.jpg\"},"
            + "{\"type\":\"photo\",\"media_url_https\":\"https://pbs.twimg.com/media/BBB.jpg\"}]}";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};

    private Database db;

    @BeforeAll
    void openStore(@TempDir Path storeDir) {
        db = Database.open(storeDir.resolve("backline"));
    }

    @AfterAll
    void closeStore() {
        db.close();
    }

    private ArchiveImportService service(Path dataDir) {
        return new ArchiveImportService(db.posts(), dataDir, new CaptionEntityExtractor(),
                EnrichmentService.standard(), Clock.systemUTC());
    }

    /**
     * Three tweets with ids {@code <prefix>10..12} (ids are unique per platform across the store, so
     * each test uses its own); the first has two photos of which the archive holds one.
     */
    private static Fixtures xArchive(String prefix) {
        return archive()
                .file("data/manifest.js", MANIFEST)
                .file("data/tweets.js", ytd("tweets", "["
                        + tweet(prefix + "10", "Fri Feb 20 09:10:58 +0000 2026", "two photos", TWO_PHOTOS) + ","
                        + tweet(prefix + "11", "Fri Feb 20 09:11:58 +0000 2026", "@fan thanks",
                                "\"in_reply_to_status_id_str\":\"5\"") + ","
                        + tweet(prefix + "12", "Fri Feb 20 09:12:58 +0000 2026", "RT @label: out now", "") + "]"))
                .file("data/tweets_media/" + prefix + "10-AAA.jpg", JPEG);
    }

    @Test
    void importsPostsAndCopiesTheMediaTheArchiveHolds(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path zip = xArchive("1").zip(dir, "x.zip");

        ImportReport report = service(data).importArchive(zip, ArtistRef.byName("Copy Band"), Progress.NONE);

        assertEquals(new ImportReport(zip, Platform.X, "band", report.artistId(), 3, 3, 0, 0, 1, 1,
                report.elapsedMillis()), report);
        Post photos = feed(report.artistId()).stream().filter(p -> p.externalPostId().equals("110")).findFirst()
                .orElseThrow();
        assertEquals(MediaType.CAROUSEL, photos.mediaType());
        assertEquals(List.of(new Media(MediaType.IMAGE, "https://pbs.twimg.com/media/AAA.jpg",
                        "media/x/42/110-AAA.jpg"),
                new Media(MediaType.IMAGE, "https://pbs.twimg.com/media/BBB.jpg", null)), photos.media());
        assertArrayEquals(JPEG, Files.readAllBytes(data.resolve("media/x/42/110-AAA.jpg")));
        assertEquals(List.of("media/x/42/110-AAA.jpg"), filesUnder(data));
    }

    @Test
    void everyImportedPostIsTaggedAndSummarised(@TempDir Path dir) throws Exception {
        ImportReport report = service(dir.resolve("data")).importArchive(xArchive("6").zip(dir, "x.zip"),
                ArtistRef.byName("Tagged Band"), Progress.NONE);

        Map<String, Post> byId = feed(report.artistId()).stream()
                .collect(java.util.stream.Collectors.toMap(Post::externalPostId, p -> p));
        assertEquals(Set.of(Tag.RELEASE), byId.get("612").tags());
        assertEquals(Set.of(Tag.GENERAL), byId.get("610").tags());
        assertEquals("two photos", byId.get("610").summary());
        assertEquals("thanks", byId.get("611").summary());
    }

    @Test
    void reimportAddsNothingAndCopiesNoFileTwice(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path zip = xArchive("2").zip(dir, "x.zip");
        Path folder = xArchive("2").folder(dir, "x-unpacked");
        ArchiveImportService service = service(data);
        ImportReport first = service.importArchive(zip, ArtistRef.byName("Twice Band"), Progress.NONE);
        var modified = Files.getLastModifiedTime(data.resolve("media/x/42/210-AAA.jpg"));

        ImportReport again = service.importArchive(zip, ArtistRef.byName("Twice Band"), Progress.NONE);
        ImportReport unpacked = service.importArchive(folder, ArtistRef.byId(first.artistId()), Progress.NONE);

        assertEquals(3, first.added());
        for (ImportReport r : List.of(again, unpacked)) {
            assertEquals(0, r.added());
            assertEquals(3, r.unchanged());
            assertEquals(1, r.mediaCopied());
        }
        assertEquals(List.of("media/x/42/210-AAA.jpg"), filesUnder(data));
        assertEquals(modified, Files.getLastModifiedTime(data.resolve("media/x/42/210-AAA.jpg")));
        assertEquals(3, db.posts().count(first.artistId(), PostFilter.all()));
    }

    @Test
    void reportsEachStepInOrder(@TempDir Path dir) throws Exception {
        Path zip = xArchive("5").zip(dir, "x.zip");
        List<String> steps = new java.util.ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void report(long done, long total, String message) {
                if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(message)) {
                    steps.add(message);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        service(dir.resolve("data")).importArchive(zip, ArtistRef.byName("Steps Band"), recording);

        assertEquals(List.of("Opening x.zip", "Reading data/tweets.js", "Copying media", "Saving posts",
                "Imported 3 posts"), steps);
    }

    @Test
    void aRefusedArchiveWritesNothing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path cut = xArchive("3").file("data/tweets.js", "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\":")
                .zip(dir, "cut.zip");
        Path slip = xArchive("3").file("../../outside.jpg", JPEG).zip(dir, "slip.zip");
        int artists = db.artists().findAll().size();

        for (Path archive : List.of(cut, slip)) {
            assertThrows(ArchiveRejectedException.class,
                    () -> service(data).importArchive(archive, ArtistRef.byName("Never Band"), Progress.NONE));
        }

        assertEquals(artists, db.artists().findAll().size());
        assertTrue(db.artists().findByName("Never Band").isEmpty());
        assertTrue(Files.notExists(data) || filesUnder(data).isEmpty());
    }

    @Test
    void cancelWhileSavingRollsBackAndRemovesStagedMedia(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path zip = xArchive("4").zip(dir, "x.zip");
        int artists = db.artists().findAll().size();

        assertThrows(CancelledException.class, () -> service(data).importArchive(zip,
                ArtistRef.byName("Cancel Band"), cancelOn("Saving posts")));
        assertThrows(CancelledException.class, () -> service(data).importArchive(zip,
                ArtistRef.byName("Cancel Band"), cancelOn("Reading")));

        assertEquals(artists, db.artists().findAll().size());
        assertEquals(List.of(), filesUnder(data));
    }

    @Test
    void anArchiveWithoutPostsImportsZeroAndSucceeds(@TempDir Path dir) throws Exception {
        Path folder = archive().file("data/account.js", ytd("account",
                "[ {\"account\":{\"username\":\"quiet\",\"accountId\":\"77\"}} ]")).folder(dir, "x");

        ImportReport report = service(dir.resolve("data")).importArchive(folder, ArtistRef.byName("Quiet Band"),
                Progress.NONE);

        assertEquals(0, report.postsRead());
        assertEquals(0, report.added());
        assertEquals("quiet", report.handle());
        assertEquals("quiet", db.accounts().findByArtist(report.artistId()).get(0).handle());
    }

    @Test
    void importsAnInstagramExportWithDerivedIdsIdempotently(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path zip = archive().file("your_instagram_activity/content/posts_1.json", "["
                        + "{\"media\":[{\"uri\":\"media/posts/202405/a_1.jpg\",\"creation_timestamp\":1715566876,"
                        + "\"title\":\"Great \\u00f0\\u009f\\u0098\\u0080\"}]},"
                        + "{\"media\":[{\"uri\":\"media/posts/202403/b.mp4\",\"creation_timestamp\":1710165470}],"
                        + "\"title\":\"\",\"creation_timestamp\":1710165471}]")
                .file("media/posts/202405/a_1.jpg", JPEG)
                .zip(dir, "ig.zip");
        ArchiveImportService service = service(data);

        ImportReport first = service.importArchive(zip, ArtistRef.byName("Gram Band"), Progress.NONE);
        ImportReport again = service.importArchive(zip, ArtistRef.byName("Gram Band"), Progress.NONE);

        assertEquals(2, first.added());
        assertEquals(1, first.mediaCopied());
        assertEquals(1, first.mediaMissing());
        assertNull(first.handle());
        assertEquals(0, again.added());
        assertEquals(2, again.unchanged());
        List<Post> feed = feed(first.artistId());
        assertEquals("Great \uD83D\uDE00", feed.get(0).caption());
        assertTrue(feed.get(0).externalPostId().startsWith("archive:"));
        assertEquals("media/instagram/unknown/a_1.jpg", feed.get(0).media().get(0).localPath());
        assertEquals(List.of("media/instagram/unknown/a_1.jpg"), filesUnder(data));
    }

    private List<Post> feed(long artistId) {
        return db.posts().page(artistId, PostFilter.all(), null, 100).posts();
    }

    private static Progress cancelOn(String messageStart) {
        return new Progress() {
            private boolean cancelled;

            @Override
            public void report(long done, long total, String message) {
                cancelled |= message != null && message.startsWith(messageStart);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    /** Every regular file under {@code root}, relative with {@code /}, sorted. */
    private static List<String> filesUnder(Path root) throws IOException {
        if (Files.notExists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
