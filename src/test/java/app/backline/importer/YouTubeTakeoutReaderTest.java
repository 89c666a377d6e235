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

/** YouTube Takeout on small fixtures written from the two real header variants. */
class YouTubeTakeoutReaderTest {

    /** Title Case headers, an audio language column, no description column. */
    static final String VIDEOS_TITLE_CASE = "Video ID,Approx Duration (ms),Video Audio Language,Video Category,"
            + "Channel ID,Video Title (Original),Privacy,Video State,Video Create Timestamp,Video Publish Timestamp\n"
            + "aaaaaaaaaa1,93000,ja,Music,UCchannel1,\u6674\u308c\u305f\u65e5 (Live),Public,Processed,"
            + "2021-01-07T19:48:06+00:00,2021-01-07T19:57:12+00:00\n"
            + "aaaaaaaaaa2,1000,,Music,UCchannel1,Draft,Private,Processed,2021-02-01T10:00:00.123456+00:00,\n"
            + "\n\n\n";
    /** Lower-case headers with a description column, as in the other real export. */
    static final String VIDEOS_LOWER_CASE = "Video ID,Approx duration (ms),Video category,"
            + "Video description (original),Channel ID,Video title (original),Privacy,Video state,"
            + "Video create timestamp,Video publish timestamp\n"
            + "bbbbbbbbbb1,70000,People,\"Old description, with a comma\",UCchannel2,Caf\u00e9 session,Unlisted,"
            + "Processed,2023-09-01T17:23:22+00:00,2023-09-01T17:29:28.5+00:00\n";
    static final String TEXTS = "Video ID,Video text create timestamp,Video description text segments 1,"
            + "Video description text segments 2,Video title text segments 1,Video text update timestamp\n"
            + "aaaaaaaaaa1,2021-01-07T19:50:41.780589+00:00,Recorded live \u2014 ,part two #live,Ignored title,"
            + "2023-08-10T10:16:30.045474+00:00\n";
    static final String CHANNEL = "Channel ID,Channel Title (Original),Channel Visibility\nUCchannel1,Band \u00d8,Public\n";

    @TempDir
    Path dir;

    @Test
    void readsATakeoutZipWithTitleCaseHeadersTextsAndChannel() throws Exception {
        String base = "Takeout/YouTube and YouTube Music/";
        Path zip = archive().file(base + "video metadata/videos.csv", VIDEOS_TITLE_CASE)
                .file(base + "video metadata/video texts.csv", TEXTS)
                .file(base + "channels/channel.csv", CHANNEL)
                .file(base + "videos/Draft.mp4", new byte[] {0, 0, 0, 24})
                .zip(dir, "takeout-20240101T000000Z-001.zip");

        ParsedArchive parsed = Fixtures.parse(zip);

        assertEquals(Platform.YOUTUBE, parsed.platform());
        assertEquals("UCchannel1", parsed.identity().externalUserId());
        assertEquals("Band \u00d8", parsed.identity().handle());
        assertEquals("https://www.youtube.com/channel/UCchannel1", parsed.identity().profileUrl());
        assertEquals(2, parsed.posts().size());
        PostDraft live = parsed.posts().get(0).draft();
        assertEquals("aaaaaaaaaa1", live.externalPostId());
        assertEquals("\u6674\u308c\u305f\u65e5 (Live)\n\nRecorded live \u2014 part two #live", live.caption());
        assertEquals(List.of("live"), live.entities().hashtags());
        assertEquals(Instant.parse("2021-01-07T19:57:12Z"), live.postedAt());
        assertEquals("Public", live.visibility());
        assertEquals("ja", live.language());
        assertEquals(MediaType.VIDEO, live.mediaType());
        assertEquals(List.of(MediaRef.remote(MediaType.VIDEO, "https://www.youtube.com/watch?v=aaaaaaaaaa1")),
                parsed.posts().get(0).media());
        PostDraft draft = parsed.posts().get(1).draft();
        assertEquals("Draft", draft.caption(), "no texts row, no description column");
        assertEquals(Instant.parse("2021-02-01T10:00:00.123456Z"), draft.postedAt(), "create time, never published");
        assertEquals("Private", draft.visibility());
        assertNull(draft.language());
    }

    @Test
    void readsTheBareFolderLayoutWithLowerCaseHeadersAndACapitalisedFolder() throws Exception {
        Path folder = archive().file("Video metadata/videos.csv", VIDEOS_LOWER_CASE).folder(dir, "youtube");

        ParsedArchive parsed = Fixtures.parse(folder);

        assertEquals(1, parsed.posts().size());
        PostDraft cafe = parsed.posts().get(0).draft();
        assertEquals("Caf\u00e9 session\n\nOld description, with a comma", cafe.caption());
        assertEquals(Instant.parse("2023-09-01T17:29:28.500Z"), cafe.postedAt());
        assertEquals("Unlisted", cafe.visibility());
        assertEquals("UCchannel2", parsed.identity().externalUserId(), "from the videos when channel.csv is missing");
        assertNull(parsed.identity().handle());
    }

    @Test
    void aTakeoutPartWithOnlyVideoFilesHasNoPosts() throws Exception {
        Path zip = archive().file("Takeout/YouTube and YouTube Music/videos/Song.mp4", new byte[] {0, 0, 0, 24})
                .zip(dir, "takeout-002.zip");

        ParsedArchive parsed = Fixtures.parse(zip);

        assertEquals(Platform.YOUTUBE, parsed.platform());
        assertEquals(0, parsed.posts().size());
    }

    @Test
    void skipsRowsWithoutAUsableIdOrTime() throws Exception {
        Path folder = archive().file("video metadata/videos.csv", "Video ID,Video publish timestamp\n"
                + "ok_id-1,2020-01-01T00:00:00+00:00\n,2020-01-01T00:00:00+00:00\nbad id,2020-01-01T00:00:00Z\n"
                + "no_time,yesterday\n").folder(dir, "yt");

        ParsedArchive parsed = Fixtures.parse(folder);

        assertEquals(List.of("ok_id-1"), parsed.posts().stream().map(p -> p.draft().externalPostId()).toList());
    }

    @Test
    void refusesDamagedOrForeignCsvNamingTheFile() {
        String cut = VIDEOS_TITLE_CASE.substring(0, VIDEOS_TITLE_CASE.indexOf('\n') + 1)
                + "aaaaaaaaaa1,93000,ja,Music,UCchannel1,\"Title cut off\nin the middle";
        assertRefused(() -> Fixtures.parse(archive().file("video metadata/videos.csv", cut).folder(dir, "cut")),
                "Damaged archive: video metadata/videos.csv in cut");
        assertRefused(() -> Fixtures.parse(archive().file("video metadata/videos.csv",
                        "Comment ID,Text\n1,hi\n").folder(dir, "wrong")),
                "video metadata/videos.csv in wrong lacks the column \"video id\"");
        assertRefused(() -> Fixtures.parse(archive().file("video metadata/videos.csv", VIDEOS_LOWER_CASE)
                        .file("video metadata/video texts.csv", "Video ID,Title\nx,y,z\n").folder(dir, "texts")),
                "video metadata/video texts.csv in texts has 3 fields in row 1");
    }
}
