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
import app.backline.enrichment.EnrichmentService;
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
    void theYouTubeTakeoutsGiveTheirOneVideoEachDespiteDifferentHeaders() throws Exception {
        ParsedArchive v1v0 = Fixtures.parse(exports.resolve("youtube-takeout/2024-v1v0"));
        ParsedArchive aman = Fixtures.parse(exports.resolve("youtube-takeout/2024-aman"));

        assertEquals(Platform.YOUTUBE, v1v0.platform());
        assertEquals(1, v1v0.posts().size());
        assertEquals("UCwHoqnNsoYQbI13oy6s8HHQ", v1v0.identity().externalUserId());
        assertEquals("eGee", v1v0.identity().handle(), "channel title: the Takeout has no handle column");
        PostDraft farmer = v1v0.posts().get(0).draft();
        assertEquals("1Ov3VR5qDWI", farmer.externalPostId());
        assertEquals("https://www.youtube.com/watch?v=1Ov3VR5qDWI", farmer.permalink());
        assertEquals("gameplay The Farmer Was Replaced\n\n"
                + "I have programmed a drone to pick up items without wasting any.", farmer.caption());
        assertEquals(Instant.parse("2023-09-01T17:29:28Z"), farmer.postedAt(), "publish, not create, time");
        assertEquals("Public", farmer.visibility());
        assertEquals(MediaType.VIDEO, farmer.mediaType());
        assertEquals(List.of(MediaRef.remote(MediaType.VIDEO, farmer.permalink())), v1v0.posts().get(0).media());

        assertEquals(1, aman.posts().size());
        assertEquals("UCobB7hMVJijWXtBjqioUv5g", aman.identity().externalUserId());
        PostDraft cover = aman.posts().get(0).draft();
        assertEquals("Qh6c_nMwjqw", cover.externalPostId());
        assertEquals("Love Yourself - Justin Bieber (Acoustic Cover)", cover.caption(), "no description anywhere");
        assertEquals(Instant.parse("2021-01-07T19:57:12Z"), cover.postedAt());
        assertEquals("Private", cover.visibility());
        assertEquals("hi", cover.language());
    }

    @Test
    void theLinkedInExportGivesEveryShareWithItsFullMultiLineText() throws Exception {
        ParsedArchive parsed = Fixtures.parse(exports.resolve("linkedin/2025-07-sanand0"));

        assertEquals(Platform.LINKEDIN, parsed.platform());
        assertEquals(202, parsed.posts().size(), "rows of Shares.csv");
        Map<String, PostDraft> byUrn = parsed.posts().stream().map(ArchivePost::draft)
                .collect(Collectors.toMap(PostDraft::externalPostId, Function.identity(), (a, b) -> a));
        assertEquals(198, byUrn.size(), "one share is listed five times, once per preview image size");

        PostDraft retreat = byUrn.get("urn:li:share:7345821826846990338");
        assertEquals("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338",
                retreat.permalink());
        assertEquals(Instant.parse("2025-07-01T14:33:22Z"), retreat.postedAt());
        assertEquals(List.of("I'm off for a 10-day Vipassana meditation program.", "",
                "\uD835\uDDEA\uD835\uDDDB\uD835\uDDD4\uD835\uDDE7? A 10-day residential meditation. No phone, "
                        + "laptop, or speaking. https://www.dhamma.org/",
                "\uD835\uDDEA\uD835\uDDDB\uD835\uDDD8\uD835\uDDE1? From today until next Sunday (13 July)",
                "\uD835\uDDEA\uD835\uDDDB\uD835\uDDD8\uD835\uDDE5\uD835\uDDD8? Near Chennai. https://lnkd.in/geGVFynY",
                "\uD835\uDDEA\uD835\uDDDB\uD835\uDDEC? I've heard good things and am curious.",
                "\uD835\uDDE6\uD835\uDDE8\uD835\uDDE5\uD835\uDDD8? I've never been away from tech for this long. "
                        + "Let's see!", "",
                "I've scheduled LinkedIn posts, so you'll still see stuff. But I won't be replying."),
                List.of(retreat.caption().split("\n", -1)));
        assertEquals("MEMBER_NETWORK", retreat.visibility());
        assertEquals(MediaType.TEXT, retreat.mediaType());

        PostDraft llms = byUrn.get("urn:li:share:7345736358277103616");
        assertTrue(llms.caption().startsWith("If someone asked me, \"What's changed this year in LLMs\", here's my "
                + "list:\n\nPrompt engineering is out."), llms.caption());
        assertTrue(llms.caption().endsWith("for ~6 min.\n\nWhat's on your list of things LLMs still can't do?"));
        assertEquals(20, llms.caption().split("\n", -1).length);
        assertTrue(byUrn.get("urn:li:share:7345704252889059331").caption()
                .contains("\n\u2026 and they manage and evaluate \"smarter\" outputs in "));
        assertTrue(byUrn.containsKey("urn:li:groupPost:9186332-6985503444988043264"));
        assertEquals(19, byUrn.keySet().stream().filter(u -> u.startsWith("urn:li:ugcPost:")).count());

        PostDraft oldest = byUrn.get("urn:li:share:6068010061538557952");
        assertEquals(MediaType.LINK, oldest.mediaType());
        assertEquals(List.of("https://lnkd.in/dBeCSbu",
                "http://analyticsindiamag.com/top-10-data-scientists-in-india-2015/"), oldest.entities().links());
        assertEquals(22, byUrn.values().stream().filter(p -> p.mediaType() == MediaType.LINK).count());
        assertEquals(176, byUrn.values().stream().filter(p -> p.mediaType() == MediaType.TEXT).count());
        assertEquals(0, byUrn.values().stream().filter(p -> p.caption().contains("\"\n\"")).count());
    }

    @Test
    void linkedInDatesAreUtcAsTheTimeInsideEachUrnShows() throws Exception {
        ParsedArchive parsed = Fixtures.parse(exports.resolve("linkedin/2025-07-sanand0"));

        int checked = 0;
        for (ArchivePost post : parsed.posts()) {
            String id = post.draft().externalPostId().substring(post.draft().externalPostId().lastIndexOf(':') + 1);
            if (id.chars().allMatch(Character::isDigit)) {
                Instant embedded = Instant.ofEpochMilli(Long.parseLong(id) >>> 22);
                long minutes = Math.abs(java.time.Duration.between(embedded, post.draft().postedAt()).toMinutes());
                assertTrue(minutes < 1, () -> post.draft().externalPostId() + " at " + post.draft().postedAt());
                checked++;
            }
        }
        assertEquals(201, checked);
    }

    @Test
    void theTikTokTestAccountHasAHandleAndNoPosts() throws Exception {
        ParsedArchive parsed = Fixtures.parse(exports.resolve("tiktok/2024-12-research-test-account"));

        assertEquals(Platform.TIKTOK, parsed.platform());
        assertEquals(0, parsed.posts().size(), "watch history and likes are not the account's posts");
        assertEquals("user", parsed.identity().handle());
        assertEquals("https://www.tiktok.com/@user", parsed.identity().profileUrl());
    }

    @Test
    void importingTheNewFormatsTwiceAddsNothingTheSecondTime(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("store/backline"))) {
            ArchiveImportService service = new ArchiveImportService(db.posts(), dir.resolve("data"),
                    new CaptionEntityExtractor(), EnrichmentService.standard(), Clock.systemUTC());
            ArtistRef artist = ArtistRef.byName("New Formats");
            Map<String, Integer> expected = new java.util.LinkedHashMap<>();
            expected.put("youtube-takeout/2024-v1v0", 1);
            expected.put("youtube-takeout/2024-aman", 1);
            expected.put("linkedin/2025-07-sanand0", 198);
            expected.put("tiktok/2024-12-research-test-account", 0);

            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                ImportReport first = service.importArchive(exports.resolve(e.getKey()), artist, Progress.NONE);
                ImportReport again = service.importArchive(exports.resolve(e.getKey()), artist, Progress.NONE);
                LOG.info("Imported {}: {} posts in {} ms, again in {} ms", e.getKey(), first.added(),
                        first.elapsedMillis(), again.elapsedMillis());
                assertEquals((int) e.getValue(), first.added(), e.getKey());
                assertEquals((int) e.getValue(), first.postsRead(), e.getKey());
                assertEquals(0, again.added(), e.getKey());
                assertEquals(0, again.updated(), e.getKey());
                assertEquals((int) e.getValue(), again.unchanged(), e.getKey());
            }
            assertEquals(200, db.artists().findByName("New Formats").orElseThrow().postCount());
        }
    }

    @Test
    void importingTheRealArchivesTwiceAddsNothingTheSecondTime(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("store/backline"))) {
            ArchiveImportService service = new ArchiveImportService(db.posts(), dir.resolve("data"),
                    new CaptionEntityExtractor(), EnrichmentService.standard(), Clock.systemUTC());
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
