package app.backline.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.Progress;
import app.backline.domain.ArtistRef;
import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real data-export archives of {@code shared/platform-samples}, read in place (never copied into
 * the repository). Skipped when the samples folder is absent.
 */
class ArchiveConformanceTest {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveConformanceTest.class);

    private Path exports;

    @BeforeEach
    void findSamples() {
        String property = System.getProperty("backline.samples");
        Path samples = property != null ? Path.of(property) : Path.of("..", "shared", "platform-samples");
        exports = samples.resolve("exports");
        Assumptions.assumeTrue(Files.isDirectory(exports),
                "platform samples not found at " + samples.toAbsolutePath()
                        + " (set -Dbackline.samples=DIR); skipping the archive conformance suite");
    }

    @Test
    void the2026XArchiveGivesEveryTweetWithRepliesRepostsAndMedia() throws Exception {
        long start = System.nanoTime();
        ParsedArchive parsed = Fixtures.parse(exports.resolve("x-archive/2026-milahu104"));
        LOG.info("Parsed 2026-milahu104 in {} ms", (System.nanoTime() - start) / 1_000_000);

        assertEquals(2045, parsed.posts().size());
        assertEquals("1964312974236991488", parsed.identity().externalUserId());
        assertEquals("milahu104", parsed.identity().handle());
        Map<String, ArchivePost> byId = parsed.posts().stream()
                .collect(Collectors.toMap(p -> p.draft().externalPostId(), Function.identity()));
        assertEquals(1780, parsed.posts().stream().filter(p -> p.draft().reply()).count());
        assertEquals(239, parsed.posts().stream().filter(p -> p.draft().repost()).count());

        PostDraft reply = byId.get("2029905358261502168").draft();
        assertTrue(reply.reply());
        assertEquals("@SamaHoole https://t.co/2UHqruPk7w", reply.caption());
        assertEquals(Instant.parse("2026-03-06T13:02:05Z"), reply.postedAt());
        assertEquals("https://x.com/milahu104/status/2029905358261502168", reply.permalink());
        assertNull(reply.language(), "qme");

        ArchivePost repost = byId.get("2029604193200152772");
        assertTrue(repost.draft().repost());
        assertEquals(MediaType.IMAGE, repost.draft().mediaType());
        assertEquals("https://pbs.twimg.com/media/HCo5t1CbQAA4FOT.jpg", repost.media().get(0).remoteUrl());

        ArchivePost video = byId.get("2027108952211693705");
        assertEquals(MediaType.VIDEO, video.draft().mediaType());
        assertEquals("https://video.twimg.com/amplify_video/2027011045949161472/vid/avc1/1080x1920/"
                + "ut37uMPNHhBkwLa6.mp4?tag=16", video.media().get(0).remoteUrl());
        assertEquals(List.of("Beweislastumkehr"), video.draft().entities().hashtags());
        assertEquals(List.of("BMI_Bund"), video.draft().entities().mentions());
        assertEquals(List.of("https://www.bmi.bund.de/SharedDocs/pressemitteilungen/DE/2026/02/aktionplan-gg-ok.html"),
                video.draft().entities().links());
        assertEquals("de", video.draft().language());
        assertEquals(MediaType.GIF, byId.get("2011883284482207917").draft().mediaType());
    }

    @Test
    void the2022XArchiveUsesTheSingularLayout() throws Exception {
        ParsedArchive parsed = Fixtures.parse(exports.resolve("x-archive/2022-mrled"));

        assertEquals(2, parsed.posts().size());
        assertEquals("mrled", parsed.identity().handle());
        PostDraft repost = parsed.posts().get(0).draft();
        assertTrue(repost.repost());
        assertEquals(Instant.parse("2012-10-07T07:39:51Z"), repost.postedAt());
        PostDraft own = parsed.posts().get(1).draft();
        assertFalse(own.repost());
        assertEquals(List.of("syncthing"), own.entities().mentions());
        assertEquals(2L, own.metrics().likes());
    }

    @Test
    void the2019XFixtureHasAnOwnerButNoTweets() throws Exception {
        ParsedArchive parsed = Fixtures.parse(exports.resolve("x-archive/2019-dogsheep-fixtures"));

        assertEquals(Platform.X, parsed.platform());
        assertEquals(0, parsed.posts().size());
        assertEquals("simonw", parsed.identity().handle());
        assertEquals("12497", parsed.identity().externalUserId());
    }

    @Test
    void theInstagramExportGivesFourPostsWithRepairedEmoji() throws Exception {
        ParsedArchive parsed = Fixtures.parse(exports.resolve("instagram/2024-07"));

        assertEquals(4, parsed.posts().size());
        assertEquals(Platform.INSTAGRAM, parsed.platform());
        PostDraft single = parsed.posts().get(0).draft();
        assertEquals("Great sem", single.caption());
        assertEquals(Instant.ofEpochSecond(1715566876), single.postedAt());
        assertEquals(MediaType.IMAGE, single.mediaType());
        ArchivePost taxi = parsed.posts().get(1);
        assertEquals("Un Taxi \uD83C\uDDE8\uD83C\uDDF4", taxi.draft().caption(), "flag of Colombia");
        assertEquals(Instant.ofEpochSecond(1710165471), taxi.draft().postedAt(), "the carousel's root time");
        assertEquals(MediaType.CAROUSEL, taxi.draft().mediaType());
        assertEquals(6, taxi.media().size());
        assertEquals(MediaType.VIDEO, taxi.media().get(5).type(), "extension-less item with video_metadata");
        assertEquals("Happy llama, sad llama, totally rad llama \uD83C\uDDF5\uD83C\uDDEA",
                parsed.posts().get(2).draft().caption());
        assertEquals(7, parsed.posts().get(2).media().size());
    }

    @Test
    void importingTheRealArchivesTwiceAddsNothingTheSecondTime(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("store/backline"))) {
            ArchiveImportService service = new ArchiveImportService(db.posts(), dir.resolve("data"),
                    new CaptionEntityExtractor(), Clock.systemUTC());
            ArtistRef artist = ArtistRef.byName("Samples");

            ImportReport x = service.importArchive(exports.resolve("x-archive/2026-milahu104"), artist, Progress.NONE);
            ImportReport xAgain = service.importArchive(exports.resolve("x-archive/2026-milahu104"), artist,
                    Progress.NONE);
            ImportReport ig = service.importArchive(exports.resolve("instagram/2024-07"), artist, Progress.NONE);
            ImportReport igAgain = service.importArchive(exports.resolve("instagram/2024-07"), artist, Progress.NONE);
            LOG.info("Imported 2026-milahu104 in {} ms, again in {} ms", x.elapsedMillis(), xAgain.elapsedMillis());

            assertEquals(2045, x.added());
            assertEquals(0, x.mediaCopied());
            assertEquals(23, x.mediaMissing());
            assertEquals(0, xAgain.added());
            assertEquals(2045, xAgain.unchanged());
            assertEquals(4, ig.added());
            assertEquals(0, igAgain.added());
            assertEquals(4, igAgain.unchanged());
            assertEquals(2049, db.artists().findByName("Samples").orElseThrow().postCount());
        }
    }
}
