package app.backline.sync;

import static app.backline.sync.SyncFixture.T0;
import static app.backline.testing.ScriptedClient.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.importer.ArchiveImportService;
import app.backline.persistence.repository.IngestBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4 item 7: an artist's archive and live sync of the same account are one feed without twins. */
class ArchiveMergeTest extends ScriptedSyncTest {

    @TempDir
    Path archives;

    private SyncOutcome sync(Platform platform, String pageJson) {
        server.enqueue(new MockResponse.Builder().body(pageJson).build());
        return f.engine(scripted(platform)).syncOnce(null).get(0);
    }

    private void importArchive(Path archive) {
        new ArchiveImportService(f.db().posts(), dir.resolve("data"), new CaptionEntityExtractor(),
                EnrichmentService.standard(), f.clock).importArchive(archive, ArtistRef.byName("Mila"), Progress.NONE);
    }

    private Map<String, Post> feed() {
        long artist = f.db().artists().findByName("Mila").orElseThrow().id();
        return f.db().posts().page(artist, PostFilter.all(), null, 100).posts().stream()
                .collect(Collectors.toMap(Post::externalPostId, p -> p));
    }

    private static String apiPost(String id, Instant at, String permalink, long likes) {
        return "{\"id\":\"" + id + "\",\"text\":\"caption " + id + "\",\"at\":\"" + at + "\",\"permalink\":\""
                + permalink + "\",\"likes\":" + likes + ",\"comments\":2,\"media\":[{\"type\":\"IMAGE\","
                + "\"url\":\"https://cdn.example/" + id + ".jpg\"}]}";
    }

    @Test
    void xPostsMatchTheArchiveById() throws Exception {
        Path archive = archives.resolve("x");
        Files.createDirectories(archive.resolve("data"));
        Files.writeString(archive.resolve("data/manifest.js"), "window.__THAR_CONFIG = {\"userInfo\":"
                + "{\"accountId\":\"42\",\"userName\":\"mila\"},\"dataTypes\":{\"tweets\":"
                + "{\"files\":[{\"fileName\":\"data/tweets.js\"}]}}}");
        Files.writeString(archive.resolve("data/tweets.js"), "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": "
                + "\"103\", \"created_at\": \"Sun Mar 01 10:00:00 +0000 2026\", \"full_text\": \"archived\", "
                + "\"favorite_count\": \"3\", \"retweet_count\": \"1\"}} ]");
        importArchive(archive);
        long live = f.add("Mila", Platform.X, "42", "mila", "x-token-abcdefghij");

        SyncOutcome outcome = sync(Platform.X, page(null,
                apiPost("104", T0.minusSeconds(60), "https://x.com/mila/status/104", 5),
                apiPost("103", Instant.parse("2026-03-01T10:00:00Z"), "https://x.com/mila/status/103", 50)));

        assertEquals(1, outcome.added());
        assertEquals(1, outcome.updated());
        Map<String, Post> feed = feed();
        assertEquals(2, feed.size());
        Post upgraded = feed.get("103");
        assertEquals("https://x.com/mila/status/103", upgraded.permalink());
        assertEquals(50L, upgraded.metrics().likes());
        assertEquals(IngestSource.IMPORT, upgraded.ingestSource(), "first seen in the archive");
        assertEquals(live, upgraded.accountId(), "the live account takes the row over");
    }

    @Test
    void youTubeVideosMatchTheArchiveById() {
        f.db().posts().ingest(new IngestBatch(ArtistRef.byName("Mila"), new AccountIdentity(Platform.YOUTUBE, "UC1",
                "mila", null), ConnectionType.IMPORT, List.of(new PostDraft(Platform.YOUTUBE, "dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "video", MediaType.VIDEO, T0.minusSeconds(3600),
                Metrics.NONE, null, false, false, null, null, IngestSource.IMPORT, List.of()))), Progress.NONE);
        f.add("Mila", Platform.YOUTUBE, "UC1", "mila", "ya29.token-abcdefgh");

        SyncOutcome outcome = sync(Platform.YOUTUBE, page(null, apiPost("dQw4w9WgXcQ", T0.minusSeconds(3600),
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ", 900)));

        assertEquals(0, outcome.added());
        assertEquals(1, feed().size());
        assertEquals(900L, feed().get("dQw4w9WgXcQ").metrics().likes());
    }

    @Test
    void linkedInSharesMatchTheArchiveByUrnOrPermalink() throws Exception {
        Path archive = Files.createDirectories(archives.resolve("linkedin"));
        Files.writeString(archive.resolve("Shares.csv"), "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                + "2026-02-20 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7001,\"Same URN\",,,"
                + "MEMBER_NETWORK\n"
                + "2026-02-21 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A8002,\"By link\",,,"
                + "MEMBER_NETWORK\n");
        importArchive(archive);
        assertNotNull(feed().get("urn:li:share:7001"), "what LinkedInShareMapper stores: the URN of the share link");
        f.add("Mila", Platform.LINKEDIN, "urn:li:person:9", "mila", "AQV-linkedin-token-123456");

        SyncOutcome outcome = sync(Platform.LINKEDIN, page(null,
                apiPost("urn:li:ugcPost:9003", Instant.parse("2026-02-21T09:00:00Z"),
                        "https://www.linkedin.com/feed/update/urn:li:activity:8002", 12),
                apiPost("urn:li:share:7001", Instant.parse("2026-02-20T09:00:00Z"),
                        "https://www.linkedin.com/feed/update/urn:li:share:7001", 30)));

        assertEquals(0, outcome.added());
        assertEquals(2, outcome.updated());
        Map<String, Post> feed = feed();
        assertEquals(List.of("urn:li:share:7001", "urn:li:ugcPost:9003"), feed.keySet().stream().sorted().toList());
        assertEquals(12L, feed.get("urn:li:ugcPost:9003").metrics().likes());
        assertEquals("https://www.linkedin.com/feed/update/urn:li:activity:8002",
                feed.get("urn:li:ugcPost:9003").permalink());
    }

    @Test
    void instagramPostsMatchTheArchiveByPostingSecondAndKeepItsMediaCopy() throws Exception {
        long second = T0.minus(Duration.ofHours(2)).getEpochSecond();
        Path archive = Files.createDirectories(archives.resolve("instagram"));
        Files.createDirectories(archive.resolve("your_instagram_activity/content"));
        Files.createDirectories(archive.resolve("media/posts/202603"));
        Files.write(archive.resolve("media/posts/202603/a.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        Files.writeString(archive.resolve("your_instagram_activity/content/posts_1.json"), "[{\"media\":[{\"uri\":"
                + "\"media/posts/202603/a.jpg\",\"creation_timestamp\":" + second + "}],\"title\":\"From the archive\","
                + "\"creation_timestamp\":" + second + "},{\"media\":[],\"title\":\"Older\",\"creation_timestamp\":"
                + (second - 3600) + "}]");
        importArchive(archive);
        String localCopy = feed().values().stream().filter(p -> p.caption().equals("From the archive")).findFirst()
                .orElseThrow().media().get(0).localPath();
        assertNotNull(localCopy);
        f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");

        SyncOutcome outcome = sync(Platform.INSTAGRAM, page(null,
                apiPost("18001", T0.minusSeconds(60), "https://www.instagram.com/p/new/", 1),
                apiPost("18000", Instant.ofEpochSecond(second), "https://www.instagram.com/p/old/", 77),
                apiPost("17999", Instant.ofEpochSecond(second - 3599), "https://www.instagram.com/p/x/", 3)));

        assertEquals(2, outcome.added(), "one new post, and one a second off the archive's");
        Map<String, Post> feed = feed();
        assertEquals(4, feed.size());
        Post merged = feed.get("18000");
        assertEquals("https://www.instagram.com/p/old/", merged.permalink());
        assertEquals(77L, merged.metrics().likes());
        assertEquals(localCopy, merged.media().get(0).localPath(), "the archive's copy stays for offline browsing");
        assertEquals("https://cdn.example/18000.jpg", merged.media().get(0).remoteUrl());
    }

    @Test
    void anArchiveOfAnotherUserIsNeverMergedByTime() {
        Instant at = T0.minus(Duration.ofHours(2));
        f.db().posts().ingest(new IngestBatch(ArtistRef.byName("Mila"), new AccountIdentity(Platform.INSTAGRAM, null,
                "mila.old.band", null), ConnectionType.IMPORT, List.of(new PostDraft(Platform.INSTAGRAM, null, null,
                "other account", MediaType.TEXT, at, Metrics.NONE, null, false, false, null, null, IngestSource.IMPORT,
                List.of()))), Progress.NONE);
        f.add("Mila", Platform.INSTAGRAM, "17841", "mila", "IGQVJ-token-1234567890");

        SyncOutcome outcome = sync(Platform.INSTAGRAM, page(null, apiPost("18000", at, "https://i/p/1", 7)));

        assertEquals(1, outcome.added());
        assertEquals(2, feed().size());
    }
}
