package app.backline.platform.youtube;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccessToken;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PostPage;
import app.backline.platform.RateLimitedException;
import app.backline.platform.RequestMeter;
import app.backline.platform.TokenRejectedException;
import app.backline.testing.ApiTestKit;
import app.backline.testing.MockApiTest;
import app.backline.testing.MutableClock;
import app.backline.testing.SampleReplay;
import app.backline.testing.Samples;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link YouTubeClient} on the real recorded YouTube answers in {@code ../shared/platform-samples/youtube/}
 * (read in place); skipped when the samples are absent. The recorded playlist pages and the recorded
 * {@code videos.list} come from different captures (their video ids do not meet), so the paging test checks
 * the playlist side, and a one-item playlist made at run time from the recorded video's id feeds the
 * field-by-field test (nothing of the samples is copied into the repository).
 */
class YouTubeConformanceTest extends MockApiTest<YouTubeClient> {

    private static final String GOOGLE_DEVELOPERS = "UC_x5XG1OV2P6uZZ5FSM9Ttw";
    private static final String PAGE_ONE_IDS = "CvTApw9X8aA,Yh4EKaUY3gg,S-MbpQiwfls,BBjVl1EETb0,h8CnO-oqqSs,"
            + "2cHddIA4EvY,kTJUt9CmTXg,o7_oJYZw2Hg,vN6uK5Qm23c,o5LP2xzKkpg";

    private final ObjectMapper json = new ObjectMapper();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T20:00:00Z"));

    YouTubeConformanceTest() {
        super(Platform.YOUTUBE, YouTubeClient::new);
    }

    @Override
    protected ApiHttp clientHttp() {
        return ApiTestKit.http(clock);
    }

    @Test
    void channelsWithTheUploadsPlaylist() {
        server.enqueue(SampleReplay.response("youtube/channels_list_with_uploads_playlist.json"));
        server.enqueue(SampleReplay.response("youtube/channels_list_with_uploads_playlist.json"));

        AccountProfile byId = client.profile(connection(GOOGLE_DEVELOPERS));
        AccountProfile mine = client.profile(connection(null));

        assertEquals(new AccountProfile(GOOGLE_DEVELOPERS, "googledevelopers", "Google Developers",
                "https://www.youtube.com/@googledevelopers", "UU_x5XG1OV2P6uZZ5FSM9Ttw"), byId);
        assertEquals(new AccountProfile("UCK8sQmJBp8GCxrOtXWBpyEA", "google", "Google", "https://www.youtube.com/@google",
                "UUK8sQmJBp8GCxrOtXWBpyEA"), mine);
    }

    @Test
    void recordedPlaylistPagesOneAndTwo() throws Exception {
        server.enqueue(SampleReplay.response("youtube/playlistItems_uploads_p1.json"));
        server.enqueue(SampleReplay.response("youtube/videos_list_with_statistics.json"));
        server.enqueue(SampleReplay.response("youtube/playlistItems_uploads_p2.json"));
        server.enqueue(SampleReplay.response("youtube/videos_list_with_statistics.json"));
        PageRequest first = PageRequest.first(null, null);

        PostPage p1 = client.posts(connection(GOOGLE_DEVELOPERS), first);
        PostPage p2 = client.posts(connection(GOOGLE_DEVELOPERS), first.next(p1));

        assertEquals("UU_x5XG1OV2P6uZZ5FSM9Ttw|CAoQAA", p1.nextCursor());
        assertTrue(p2.last());
        server.takeRequest();
        assertEquals(PAGE_ONE_IDS, server.takeRequest().getUrl().queryParameter("id"));
        assertEquals("CAoQAA", server.takeRequest().getUrl().queryParameter("pageToken"));
        assertEquals("6aSG8SdvkoU,ECGpZCFUL8s,Fu2bldybpkA", server.takeRequest().getUrl().queryParameter("id"));
        // the recorded videos.list answers for another video, so every playlist entry is reported, none invented
        assertTrue(p1.posts().isEmpty());
        assertEquals(10, p1.skipped().size());
        assertEquals("YouTube did not return video CvTApw9X8aA (deleted, or without a publish time)", p1.skipped().get(0));
    }

    @Test
    void recordedVideoWithStatisticsFieldByField() {
        server.enqueue(playlistNaming("youtube/videos_list_with_statistics.json"));
        server.enqueue(SampleReplay.response("youtube/videos_list_with_statistics.json"));

        PostDraft video = client.posts(connection(GOOGLE_DEVELOPERS), PageRequest.first(null, null)).posts().get(0);

        assertEquals("D-lhorsDlUQ", video.externalPostId());
        assertEquals("https://www.youtube.com/watch?v=D-lhorsDlUQ", video.permalink());
        assertEquals("What are Actions on Google (Assistant on Air)\n\nIn the first episode of Assistant on Air, Luke"
                + " Davis and guest Jessica Dene Early-Cha introduce the concept of Actions on Google, and talk about"
                + " common terminology.\n\nActions on Google docs → http://bit.ly/2YabdS5\n\nSubscribe to Google Devs"
                + " for the latest Actions on Google videos →  https://bit.ly/googledevs", video.caption());
        assertEquals(Instant.parse("2019-03-21T20:37:49Z"), video.postedAt());
        assertEquals(new Metrics(190L, 32L, null, 7920L), video.metrics());
        assertEquals(List.of(new Media(MediaType.VIDEO, "https://i.ytimg.com/vi/D-lhorsDlUQ/maxresdefault.jpg", null)),
                video.media());
        assertEquals(MediaType.VIDEO, video.mediaType());
        assertEquals("en", video.language());
        assertEquals("public", video.visibility());
        assertEquals(CaptionEntities.NONE, video.entities());
        assertEquals(IngestSource.POLL, video.ingestSource());
    }

    @Test
    void recordedVideoWithoutStatisticsHasNoCounts() {
        server.enqueue(playlistNaming("youtube/videos_list_single_snippet_player.json"));
        server.enqueue(SampleReplay.response("youtube/videos_list_single_snippet_player.json"));

        PostDraft video = client.posts(connection(GOOGLE_DEVELOPERS), PageRequest.first(null, null)).posts().get(0);

        assertEquals(Metrics.NONE, video.metrics());
        assertNull(video.visibility());
        assertEquals("https://i.ytimg.com/vi/D-lhorsDlUQ/maxresdefault.jpg", video.media().get(0).remoteUrl());
    }

    @Test
    void recordedStatisticsAsMetrics() {
        server.enqueue(SampleReplay.response("youtube/videos_list_with_statistics.json"));

        List<MetricsUpdate> updates = client.metrics(connection(GOOGLE_DEVELOPERS), List.of("D-lhorsDlUQ"));

        assertEquals(List.of(new MetricsUpdate("D-lhorsDlUQ", new Metrics(190L, 32L, null, 7920L))), updates);
    }

    @Test
    void anEmptyRecordedListIsAnEmptyLastPage() {
        server.enqueue(SampleReplay.response("youtube/subscriptions_empty.json"));

        PostPage page = client.posts(connection(GOOGLE_DEVELOPERS), PageRequest.first(null, null));

        assertTrue(page.posts().isEmpty());
        assertTrue(page.last());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void theRecordedQuotedEtagIsSentBack() throws Exception {
        server.enqueue(SampleReplay.response("youtube/playlistItems_uploads_p2.json"));
        server.enqueue(SampleReplay.response("youtube/videos_list_with_statistics.json"));
        server.enqueue(new MockResponse.Builder().code(304).build());
        server.enqueue(new MockResponse.Builder().code(304).build());
        PageRequest page2 = new PageRequest("UU_x5XG1OV2P6uZZ5FSM9Ttw|CAoQAA", null, null, 50);

        PostPage fresh = client.posts(connection(GOOGLE_DEVELOPERS), page2);
        PostPage cached = client.posts(connection(GOOGLE_DEVELOPERS), page2);

        assertEquals(fresh, cached);
        server.takeRequest();
        server.takeRequest();
        assertEquals("\"j6xRRd8dTPVVptg711_CSPADRfg/Mdch507Btu8hjUyr5r5qJbQgL1Y\"",
                server.takeRequest().getHeaders().get("If-None-Match"));
    }

    @Test
    void recordedQuotaExceeded() {
        server.enqueue(SampleReplay.response("youtube/errors/403_quotaExceeded.json", 403));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.posts(connection(GOOGLE_DEVELOPERS), PageRequest.first(null, null)));

        assertTrue(e.dailyQuota());
        // 20:00 UTC = 12:00 Pacific (PST): twelve hours to the reset
        assertEquals(Duration.ofHours(12), e.retryAfter());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void recordedPermissionDeniedKeyInvalidAndInvalidGrant() {
        server.enqueue(SampleReplay.response("youtube/errors/403_permission_denied.json", 403));
        server.enqueue(SampleReplay.response("youtube/errors/400_keyInvalid.json", 400));
        server.enqueue(SampleReplay.response("youtube/oauth/token_refresh_error_invalid_grant.json", 400));

        PermissionMissingException denied = assertThrows(PermissionMissingException.class,
                () -> client.profile(connection(null)));
        PermissionMissingException key = assertThrows(PermissionMissingException.class,
                () -> client.profile(connection(null)));
        assertThrows(TokenRejectedException.class, () -> client.profile(connection(null)));

        assertTrue(denied.getMessage().contains("lacks a permission"), denied.getMessage());
        assertTrue(key.getMessage().contains("API key"), key.getMessage());
        assertEquals(3, server.getRequestCount(), "none of them is retried");
    }

    /** A playlist page listing the first video of the recorded {@code videos.list} answer {@code sample}. */
    private MockResponse playlistNaming(String sample) {
        try {
            String videoId = json.readTree(Samples.require(sample).toFile()).path("items").get(0).path("id").asText();
            ObjectNode page = json.createObjectNode();
            page.putArray("items").addObject().putObject("snippet").putObject("resourceId").put("videoId", videoId);
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(json.writeValueAsString(page)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiConnection connection(String channelId) {
        return new ApiConnection(4, Platform.YOUTUBE, channelId, null, new AccessToken("conformance-token-wxyz"),
                null, RequestMeter.unmetered());
    }
}
