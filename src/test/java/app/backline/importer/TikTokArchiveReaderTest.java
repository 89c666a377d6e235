package app.backline.importer;

import static app.backline.importer.ArchiveCsvTest.assertRefused;
import static app.backline.importer.Fixtures.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TikTok's user_data_tiktok.json on small fixtures written from the documented layout. */
class TikTokArchiveReaderTest {

    /**
     * Current layout: own posts under Post › Posts › VideoList with mixed key casing; the watch history's
     * own VideoList, null sections, and a profile with the user name.
     */
    static String userData(String videoList) {
        return "{\"Activity\":null,"
                + "\"Your Activity\":{\"Watch History\":{\"VideoList\":[{\"Date\":\"2024-12-15 18:43:41\","
                + "\"Link\":\"https://www.tiktokv.com/share/video/7000000000000000001/\"}]},"
                + "\"Like List\":{\"ItemFavoriteList\":null}},"
                + "\"Comment\":{\"Comments\":{\"CommentsList\":null}},"
                + "\"Post\":{\"Posts\":{\"VideoList\":" + videoList + "},\"Recently Deleted Posts\":{\"PostList\":null}},"
                + "\"Profile\":{\"Profile Info\":{\"ProfileMap\":{\"PlatformInfo\":[],\"bioDescription\":\"\","
                + "\"userName\":\"the.band\"}}}}";
    }

    static final String THREE_VIDEOS = "["
            + "{\"Date\":\"2024-03-01 18:22:05\",\"Link\":\"https://www.tiktokv.com/share/video/7341234567890123456/\","
            + "\"Likes\":\"1204\",\"Title\":\"Tour diary \u65e5\u672c #tour @drummer\",\"Sound\":\"original sound\","
            + "\"WhoCanView\":\"Everyone\",\"AllowComments\":\"Yes\"},"
            + "{\"date\":\"2024-02-10 09:00:00\",\"link\":\"https://www.tiktokv.com/share/video/7330000000000000002/\","
            + "\"likes\":\"None\",\"title\":\"\",\"whocanview\":\"Friends\"},"
            + "{\"Date\":\"2024-01-05 23:59:59\",\"Link\":\"https://www.tiktok.com/@the.band/photo/7320000000000000003"
            + "?lang=en\",\"Likes\":7,\"Title\":\"Photos\"}]";

    @TempDir
    Path dir;

    @Test
    void readsOwnPostsWithMixedKeyCasingAndIgnoresTheWatchHistory() throws Exception {
        Path zip = archive().file("user_data_tiktok.json", userData(THREE_VIDEOS)).zip(dir, "tiktok.zip");

        ParsedArchive parsed = Fixtures.parse(zip);

        assertEquals(Platform.TIKTOK, parsed.platform());
        assertEquals("the.band", parsed.identity().handle());
        assertEquals("https://www.tiktok.com/@the.band", parsed.identity().profileUrl());
        assertEquals(3, parsed.posts().size());
        PostDraft diary = parsed.posts().get(0).draft();
        assertEquals("7341234567890123456", diary.externalPostId());
        assertEquals("https://www.tiktokv.com/share/video/7341234567890123456/", diary.permalink());
        assertEquals("Tour diary \u65e5\u672c #tour @drummer", diary.caption());
        assertEquals(Instant.parse("2024-03-01T18:22:05Z"), diary.postedAt(), "Date read as UTC");
        assertEquals(1204L, diary.metrics().likes());
        assertEquals("Everyone", diary.visibility());
        assertEquals(List.of("tour"), diary.entities().hashtags());
        assertEquals(List.of("drummer"), diary.entities().mentions());
        assertEquals(MediaType.VIDEO, diary.mediaType());
        assertEquals(List.of(MediaRef.remote(MediaType.VIDEO, diary.permalink())), parsed.posts().get(0).media());
        PostDraft lower = parsed.posts().get(1).draft();
        assertEquals("7330000000000000002", lower.externalPostId());
        assertEquals("", lower.caption());
        assertNull(lower.metrics().likes(), "\"None\" is no count");
        assertEquals("Friends", lower.visibility());
        PostDraft photo = parsed.posts().get(2).draft();
        assertEquals("7320000000000000003", photo.externalPostId());
        assertEquals(MediaType.IMAGE, photo.mediaType());
        assertEquals(7L, photo.metrics().likes());
    }

    @Test
    void nullSectionsReadAsNoPosts() throws Exception {
        Path folder = archive().file("user_data_tiktok.json", userData("null")).folder(dir, "empty");

        ParsedArchive parsed = Fixtures.parse(folder);

        assertEquals(0, parsed.posts().size());
        assertEquals("the.band", parsed.identity().handle());
    }

    @Test
    void readsTheOlderVideoSectionWithVideoLinkAndDesc() throws Exception {
        String old = "{\"Profile\":{\"Profile Information\":{\"ProfileMap\":{\"userName\":\"oldtimer\"}}},"
                + "\"Video\":{\"Videos\":{\"VideoList\":[{\"Date\":\"2021-06-01 12:00:00\","
                + "\"VideoLink\":\"https://www.tiktokv.com/share/video/6970000000000000001/\",\"Likes\":\"3\","
                + "\"Desc\":\"first one\"},{\"Date\":\"2021-06-02 12:00:00\",\"VideoLink\":\"not a link\"}]}}}";
        Path folder = archive().file("TikTok_Data/user_data.json", old).folder(dir, "old");

        ParsedArchive parsed = Fixtures.parse(folder);

        assertEquals("oldtimer", parsed.identity().handle());
        assertEquals(1, parsed.posts().size(), "the entry without a post link is skipped");
        assertEquals("first one", parsed.posts().get(0).draft().caption());
        assertEquals(3L, parsed.posts().get(0).draft().metrics().likes());
    }

    @Test
    void refusesDamagedOrForeignJsonNamingTheFile() {
        String full = userData(THREE_VIDEOS);
        assertRefused(() -> Fixtures.parse(archive().file("user_data_tiktok.json", full.substring(0, full.length() / 2))
                .folder(dir, "cut")), "Damaged archive: user_data_tiktok.json in cut is cut off or not valid JSON");
        assertRefused(() -> Fixtures.parse(archive().file("user_data_tiktok.json", "[1, 2]").folder(dir, "list")),
                "user_data_tiktok.json in list does not hold an object of sections");
        assertRefused(() -> Fixtures.parse(archive().file("user_data.json", "{\"name\":\"x\",\"items\":[]}")
                .folder(dir, "other")), "user_data.json in other has none of the sections of a TikTok export");
    }
}
