package app.backline.importer;

import static app.backline.importer.Fixtures.archive;
import static app.backline.importer.Fixtures.tweet;
import static app.backline.importer.Fixtures.ytd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XArchiveReaderTest {

    private static final String MANIFEST = "window.__THAR_CONFIG = {\"userInfo\":{\"accountId\":\"42\","
            + "\"userName\":\"band\"},\"dataTypes\":{\"tweets\":{\"mediaDirectory\":\"data/tweets_media\","
            + "\"files\":[{\"fileName\":\"data/tweets-part1.js\"},{\"fileName\":\"data/tweets-part2.js\"}]}}}";

    @TempDir
    Path dir;

    @Test
    void readsEveryTweetOfEveryPartInManifestOrderWithTheOwner() throws Exception {
        Path zip = archive()
                .file("data/manifest.js", MANIFEST)
                .file("data/tweets-part1.js", ytd("tweets", "[" + tweet("2", "Fri Feb 20 09:10:58 +0000 2026",
                        "second", "") + "]"))
                .file("data/tweets-part2.js", ytd("tweets_part2", "[" + tweet("1",
                        "Thu Feb 19 09:10:58 +0000 2026", "first", "") + "]"))
                .file("data/deleted-tweets.js", ytd("deleted_tweets", "[" + tweet("9",
                        "Thu Feb 19 09:10:58 +0000 2026", "gone", "") + "]"))
                .zip(dir, "x.zip");

        ParsedArchive parsed = Fixtures.parse(zip);

        assertEquals(Platform.X, parsed.platform());
        assertEquals("42", parsed.identity().externalUserId());
        assertEquals("band", parsed.identity().handle());
        assertEquals(List.of("2", "1"), parsed.posts().stream().map(p -> p.draft().externalPostId()).toList());
        PostDraft first = parsed.posts().get(0).draft();
        assertEquals("https://x.com/band/status/2", first.permalink());
        assertEquals(Instant.parse("2026-02-20T09:10:58Z"), first.postedAt());
        assertEquals(new Metrics(3L, null, 1L, null), first.metrics());
        assertEquals("en", first.language());
        assertEquals(MediaType.TEXT, first.mediaType());
    }

    @Test
    void marksRepliesAndRepostsAndKeepsThem() throws Exception {
        Path folder = archive().file("data/tweets.js", ytd("tweets", "["
                + tweet("1", "Fri Feb 20 09:10:58 +0000 2026", "@fan thanks!",
                        "\"in_reply_to_status_id_str\":\"7\",\"in_reply_to_screen_name\":\"fan\"") + ","
                + tweet("2", "Fri Feb 20 09:11:58 +0000 2026", "RT @label: new single", "") + ","
                + tweet("3", "Fri Feb 20 09:12:58 +0000 2026", "@fan starts with a mention",
                        "\"in_reply_to_user_id_str\":\"8\"") + "]"))
                .folder(dir, "x");

        List<PostDraft> posts = Fixtures.parse(folder).posts().stream().map(ArchivePost::draft).toList();

        assertTrue(posts.get(0).reply());
        assertFalse(posts.get(0).repost());
        assertTrue(posts.get(1).repost());
        assertFalse(posts.get(1).reply());
        assertFalse(posts.get(2).reply(), "a reply needs the status id, not only the user");
    }

    @Test
    void prefersArchiveEntitiesWithExpandedLinksAndUnescapesHtml() throws Exception {
        String entities = "\"entities\":{\"hashtags\":[{\"text\":\"NewMusic\"}],\"user_mentions\":"
                + "[{\"screen_name\":\"label\"}],\"urls\":[{\"url\":\"https://t.co/abc\","
                + "\"expanded_url\":\"https://band.example/tour\"}]}";
        Path folder = archive().file("data/tweets.js", ytd("tweets", "["
                + tweet("1", "Fri Feb 20 09:10:58 +0000 2026", "#NewMusic with @label &amp; you &gt; all "
                        + "https://t.co/abc", entities) + ","
                + tweet("2", "Fri Feb 20 09:11:58 +0000 2026", "no entities #Tour @crew band.com", "")
                .replace(",\"lang\":\"en\"", ",\"lang\":\"qme\"") + "]"))
                .folder(dir, "x");

        List<PostDraft> posts = Fixtures.parse(folder).posts().stream().map(ArchivePost::draft).toList();

        PostDraft withEntities = posts.get(0);
        assertEquals("#NewMusic with @label & you > all https://t.co/abc", withEntities.caption());
        assertEquals(List.of("NewMusic"), withEntities.entities().hashtags());
        assertEquals(List.of("label"), withEntities.entities().mentions());
        assertEquals(List.of("https://band.example/tour"), withEntities.entities().links());
        PostDraft extracted = posts.get(1);
        assertEquals(List.of("Tour"), extracted.entities().hashtags());
        assertEquals(List.of("crew"), extracted.entities().mentions());
        assertEquals(List.of("https://band.com"), extracted.entities().links());
        assertNull(extracted.language(), "qme is X's 'media only' pseudo language");
    }

    @Test
    void mapsMediaTypesUrlsAndArchivePaths() throws Exception {
        String media = "\"extended_entities\":{\"media\":[{\"type\":\"photo\","
                + "\"media_url_https\":\"https://pbs.twimg.com/media/AAA.jpg\"},{\"type\":\"video\","
                + "\"media_url_https\":\"https://pbs.twimg.com/thumb/BBB.jpg\",\"video_info\":{\"variants\":["
                + "{\"bitrate\":\"632000\",\"content_type\":\"video/mp4\",\"url\":\"https://video.twimg.com/lo.mp4?tag=1\"},"
                + "{\"bitrate\":\"2176000\",\"content_type\":\"video/mp4\",\"url\":\"https://video.twimg.com/hi.mp4?tag=1\"},"
                + "{\"content_type\":\"application/x-mpegURL\",\"url\":\"https://video.twimg.com/pl.m3u8\"}]}}]}";
        String gif = "\"extended_entities\":{\"media\":[{\"type\":\"animated_gif\","
                + "\"media_url_https\":\"https://pbs.twimg.com/tweet_video_thumb/G.jpg\",\"video_info\":{\"variants\":"
                + "[{\"bitrate\":\"0\",\"content_type\":\"video/mp4\",\"url\":\"https://video.twimg.com/G.mp4\"}]}}]}";
        Path folder = archive().file("data/tweets.js", ytd("tweets", "["
                + tweet("10", "Fri Feb 20 09:10:58 +0000 2026", "two", media) + ","
                + tweet("11", "Fri Feb 20 09:11:58 +0000 2026", "gif", gif) + "]"))
                .folder(dir, "x");

        List<ArchivePost> posts = Fixtures.parse(folder).posts();

        assertEquals(MediaType.CAROUSEL, posts.get(0).draft().mediaType());
        MediaRef photo = posts.get(0).media().get(0);
        MediaRef video = posts.get(0).media().get(1);
        assertEquals(MediaType.IMAGE, photo.type());
        assertEquals("https://pbs.twimg.com/media/AAA.jpg", photo.remoteUrl());
        assertEquals("data/tweets_media/10-AAA.jpg", photo.archivePaths().get(0));
        assertEquals(MediaType.VIDEO, video.type());
        assertEquals("https://video.twimg.com/hi.mp4?tag=1", video.remoteUrl());
        assertEquals(List.of("data/tweets_media/10-hi.mp4", "data/tweets_media/10-BBB.jpg"),
                video.archivePaths().subList(0, 2));
        assertEquals(MediaType.GIF, posts.get(1).draft().mediaType());
    }

    @Test
    void readsTheOlderSingularLayoutWithoutManifest() throws Exception {
        Path zip = archive()
                .file("data/tweet.js", ytd("tweet", "[" + tweet("5", "Sun Oct 07 07:39:51 +0000 2012", "old", "")
                        + "]"))
                .zip(dir, "old.zip");

        ParsedArchive parsed = Fixtures.parse(zip);

        assertEquals(1, parsed.posts().size());
        assertNull(parsed.identity().handle());
        assertEquals("https://x.com/i/status/5", parsed.posts().get(0).draft().permalink());
    }

    @Test
    void anArchiveWithOnlyAccountDataHasNoPostsButAnOwner() throws Exception {
        Path folder = archive()
                .file("data/account.js", ytd("account", "[ {\"account\":{\"username\":\"simon\","
                        + "\"accountId\":\"12497\"}} ]"))
                .file("data/follower.js", ytd("follower", "[]"))
                .folder(dir, "x");

        ParsedArchive parsed = Fixtures.parse(folder);

        assertEquals(Platform.X, parsed.platform());
        assertEquals(0, parsed.posts().size());
        assertEquals("simon", parsed.identity().handle());
        assertEquals("12497", parsed.identity().externalUserId());
    }

    @Test
    void findsTheArchiveInsideOneTopLevelFolder() throws Exception {
        Path zip = archive()
                .file("twitter-2026/data/tweets.js", ytd("tweets", "[" + tweet("1",
                        "Fri Feb 20 09:10:58 +0000 2026", "x", "") + "]"))
                .zip(dir, "wrapped.zip");

        assertEquals(1, Fixtures.parse(zip).posts().size());
    }

    @Test
    void refusesAnArchiveThatLacksAPartItsManifestLists() throws Exception {
        Path zip = archive()
                .file("data/manifest.js", MANIFEST)
                .file("data/tweets-part1.js", ytd("tweets", "[]"))
                .zip(dir, "partial.zip");

        ArchiveRejectedException e = assertThrows(ArchiveRejectedException.class, () -> Fixtures.parse(zip));
        assertTrue(e.getMessage().contains("data/tweets-part2.js"), e.getMessage());
    }

    @Test
    void skipsEntriesWithoutIdOrTime() throws Exception {
        Path folder = archive().file("data/tweets.js", ytd("tweets", "[{\"tweet\":{\"full_text\":\"no id\"}},"
                + tweet("1", "not a date", "bad date", "") + ","
                + tweet("2", "Fri Feb 20 09:10:58 +0000 2026", "good", "") + "]"))
                .folder(dir, "x");

        assertEquals(List.of("2"), Fixtures.parse(folder).posts().stream()
                .map(p -> p.draft().externalPostId()).toList());
    }
}
