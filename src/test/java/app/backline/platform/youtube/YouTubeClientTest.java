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
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PostPage;
import app.backline.platform.RateLimitedException;
import app.backline.platform.RequestMeter;
import app.backline.platform.TokenRejectedException;
import app.backline.testing.ApiFixtures;
import app.backline.testing.ApiTestKit;
import app.backline.testing.MockApiTest;
import app.backline.testing.MutableClock;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link YouTubeClient} against a MockWebServer with the project's own YouTube fixtures. */
class YouTubeClientTest extends MockApiTest<YouTubeClient> {

    static final String CHANNEL = "UCq3Ci-h945sbEYXpVlw7rJg";
    static final String UPLOADS = "UUq3Ci-h945sbEYXpVlw7rJg";
    /** 2026-11-22 06:00 UTC = 22:00 Pacific on the 21st: two hours of quota day left. */
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final RequestMeter meter = RequestMeter.unmetered();
    private final ApiHttp http = ApiTestKit.http(clock);

    YouTubeClientTest() {
        super(Platform.YOUTUBE, YouTubeClient::new);
    }

    @Override
    protected ApiHttp clientHttp() {
        return http;
    }

    @Test
    void profileOfTheTokensOwnChannel() throws Exception {
        server.enqueue(json(200, "channels_mine.json"));

        AccountProfile profile = client.profile(connection(null));

        assertEquals(new AccountProfile(CHANNEL, "miraharbour", "Mira Harbour", "https://www.youtube.com/@miraharbour",
                UPLOADS), profile);
        RecordedRequest request = server.takeRequest();
        assertEquals("/youtube/v3/channels", request.getUrl().encodedPath());
        assertEquals("snippet,contentDetails,statistics", request.getUrl().queryParameter("part"));
        assertEquals("true", request.getUrl().queryParameter("mine"));
        assertEquals("Bearer ya29.youtube-token-1234", request.getHeaders().get("Authorization"));
    }

    @Test
    void profileOfAKnownChannelAsksById() throws Exception {
        server.enqueue(json(200, "channels_mine.json"));
        server.enqueue(json(200, "channels_none.json"));

        assertEquals(UPLOADS, client.profile(connection(CHANNEL)).uploadsPlaylistId());
        PermissionMissingException none = assertThrows(PermissionMissingException.class,
                () -> client.profile(connection(null)));

        HttpUrl byId = server.takeRequest().getUrl();
        assertEquals(CHANNEL, byId.queryParameter("id"));
        assertNull(byId.queryParameter("mine"));
        assertEquals("This Google account has no YouTube channel", none.getMessage());
    }

    @Test
    void uploadsArePagedFirstMiddleLastWithoutAChannelsCallPerPage() throws Exception {
        enqueuePages();
        PageRequest first = PageRequest.first(null, null);

        PostPage p1 = client.posts(connection(CHANNEL), first);
        PostPage p2 = client.posts(connection(CHANNEL), first.next(p1));
        PostPage p3 = client.posts(connection(CHANNEL), first.next(p2));

        assertEquals(UPLOADS + "|CAIQAA", p1.nextCursor());
        assertEquals(UPLOADS + "|CAQQAA", p2.nextCursor());
        assertTrue(p3.last());
        assertEquals(List.of("vidGlassH01", "vidTourVl02"), ids(p1));
        assertEquals(List.of("vidAcoust03"), ids(p2));
        assertEquals(List.of("YouTube did not return video vidGoneGo04 (deleted, or without a publish time)"),
                p2.skipped());
        assertEquals(List.of("vidFirstD05"), ids(p3));
        HttpUrl list1 = server.takeRequest().getUrl();
        assertEquals("/youtube/v3/playlistItems", list1.encodedPath());
        assertEquals("snippet,contentDetails", list1.queryParameter("part"));
        assertEquals(UPLOADS, list1.queryParameter("playlistId"));
        assertEquals("50", list1.queryParameter("maxResults"));
        assertNull(list1.queryParameter("pageToken"));
        HttpUrl videos1 = server.takeRequest().getUrl();
        assertEquals("/youtube/v3/videos", videos1.encodedPath());
        assertEquals("snippet,statistics,contentDetails,status", videos1.queryParameter("part"));
        assertEquals("vidGlassH01,vidTourVl02", videos1.queryParameter("id"));
        assertEquals("CAIQAA", server.takeRequest().getUrl().queryParameter("pageToken"));
        assertEquals("vidAcoust03,vidGoneGo04", server.takeRequest().getUrl().queryParameter("id"));
        assertEquals("CAQQAA", server.takeRequest().getUrl().queryParameter("pageToken"));
        assertEquals(6, server.getRequestCount());
        assertEquals(6, meter.requests(), "1 quota unit a call, 2 a page");
    }

    @Test
    void aVideoIsMappedFieldByField() {
        server.enqueue(json(200, "playlist_p1.json"));
        server.enqueue(json(200, "videos_p1.json"));

        List<PostDraft> posts = client.posts(connection(CHANNEL), PageRequest.first(null, null)).posts();

        PostDraft video = posts.get(0);
        assertEquals(Platform.YOUTUBE, video.platform());
        assertEquals("vidGlassH01", video.externalPostId());
        assertEquals("https://www.youtube.com/watch?v=vidGlassH01", video.permalink());
        assertEquals("Mira Harbour - Glass Harbour (Official Video)\n\nStream it: https://label.example/glass-harbour"
                + "\n\n#GlassHarbour #NewMusic", video.caption());
        assertEquals(Instant.parse("2026-11-20T18:00:00Z"), video.postedAt());
        assertEquals(MediaType.VIDEO, video.mediaType());
        assertEquals(List.of(new Media(MediaType.VIDEO, "https://i.ytimg.com/vi/vidGlassH01/maxresdefault.jpg", null)),
                video.media());
        assertEquals(new Metrics(8021L, 312L, null, 120345L), video.metrics());
        assertEquals(CaptionEntities.NONE, video.entities());
        assertEquals("en", video.language());
        assertEquals("public", video.visibility());
        assertEquals(IngestSource.POLL, video.ingestSource());
        assertFalse(video.reply() || video.repost());
        PostDraft hiddenLikes = posts.get(1);
        assertEquals("Tour diary #2", hiddenLikes.caption());
        assertEquals(new Metrics(null, 7L, null, 2045L), hiddenLikes.metrics());
        assertEquals("https://i.ytimg.com/vi/vidTourVl02/hqdefault.jpg", hiddenLikes.media().get(0).remoteUrl());
        assertNull(hiddenLikes.language(), "zxx is no language");
        assertEquals("unlisted", hiddenLikes.visibility());
    }

    @Test
    void sinceIdEndsThePageAtTheNewestKnownVideo() throws Exception {
        server.enqueue(json(200, "playlist_p1.json"));
        server.enqueue(json(200, "videos_p1.json"));
        server.enqueue(json(200, "playlist_p1.json"));

        PostPage oneNew = client.posts(connection(CHANNEL), PageRequest.first(null, "vidTourVl02"));
        PostPage nothingNew = client.posts(connection(CHANNEL), PageRequest.first(null, "vidGlassH01"));

        assertTrue(oneNew.last());
        assertEquals(List.of("vidGlassH01"), ids(oneNew));
        assertEquals("/youtube/v3/playlistItems", server.takeRequest().getUrl().encodedPath());
        assertEquals("vidGlassH01", server.takeRequest().getUrl().queryParameter("id"), "only the new video is looked up");
        assertTrue(nothingNew.posts().isEmpty());
        assertTrue(nothingNew.last());
        assertEquals(3, server.getRequestCount(), "a poll with nothing new costs one playlistItems call");
    }

    @Test
    void withoutAChannelIdTheUploadsPlaylistIsLookedUpOnceAndCarriedInTheCursor() throws Exception {
        server.enqueue(json(200, "channels_mine.json"));
        server.enqueue(json(200, "playlist_p1.json"));
        server.enqueue(json(200, "videos_p1.json"));
        server.enqueue(json(200, "playlist_p2.json"));
        server.enqueue(json(200, "videos_p2.json"));
        PageRequest first = PageRequest.first(null, null);

        PostPage p1 = client.posts(connection(null), first);
        client.posts(connection(null), first.next(p1));

        assertEquals("/youtube/v3/channels", server.takeRequest().getUrl().encodedPath());
        assertEquals(UPLOADS, server.takeRequest().getUrl().queryParameter("playlistId"));
        server.takeRequest();
        assertEquals(UPLOADS, server.takeRequest().getUrl().queryParameter("playlistId"));
        assertEquals(5, server.getRequestCount());
    }

    @Test
    void metricsReadStringCountsForUpToFiftyVideos() throws Exception {
        server.enqueue(json(200, "videos_statistics.json"));

        List<MetricsUpdate> updates = client.metrics(connection(CHANNEL),
                List.of("vidGlassH01", "vidTourVl02", "vidGoneGo04"));

        assertEquals(List.of(new MetricsUpdate("vidGlassH01", new Metrics(8400L, 330L, null, 130001L)),
                new MetricsUpdate("vidTourVl02", new Metrics(null, null, null, 2100L))), updates);
        HttpUrl url = server.takeRequest().getUrl();
        assertEquals("statistics", url.queryParameter("part"));
        assertEquals("vidGlassH01,vidTourVl02,vidGoneGo04", url.queryParameter("id"));
        assertEquals(50, client.metricsBatchSize());
    }

    @Test
    void anUnchangedAnswerIsReusedOnNotModified() throws Exception {
        server.enqueue(json(200, "playlist_p1.json").newBuilder().addHeader("ETag", "\"plEtagPage1\"").build());
        server.enqueue(json(200, "videos_p1.json"));
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "\"plEtagPage1\"").build());
        server.enqueue(new MockResponse.Builder().code(304).build());

        PostPage fresh = client.posts(connection(CHANNEL), PageRequest.first(null, null));
        PostPage again = client.posts(connection(CHANNEL), PageRequest.first(null, null));

        assertEquals(fresh, again);
        assertNull(server.takeRequest().getHeaders().get("If-None-Match"));
        assertNull(server.takeRequest().getHeaders().get("If-None-Match"));
        assertEquals("\"plEtagPage1\"", server.takeRequest().getHeaders().get("If-None-Match"));
        assertEquals("vEtag1", server.takeRequest().getHeaders().get("If-None-Match"), "the body's etag when no header");
        assertEquals(4, meter.requests(), "a 304 is counted as a full quota unit");
    }

    @Test
    void theEtagCacheIsPerAccountAndBounded() throws Exception {
        YouTubeClient small = new YouTubeClient(http, bases(), 1);
        server.enqueue(json(200, "videos_statistics.json"));
        server.enqueue(json(200, "videos_statistics.json"));
        server.enqueue(json(200, "videos_statistics.json"));
        server.enqueue(json(200, "videos_statistics.json"));

        small.metrics(connection(CHANNEL), List.of("vidGlassH01"));
        small.metrics(connection(2, CHANNEL), List.of("vidGlassH01"));
        small.metrics(connection(2, CHANNEL), List.of("vidGlassH01"));
        small.metrics(connection(CHANNEL), List.of("vidGlassH01"));

        assertNull(server.takeRequest().getHeaders().get("If-None-Match"));
        assertNull(server.takeRequest().getHeaders().get("If-None-Match"), "another account's answer is not reused");
        assertEquals("vEtagStats", server.takeRequest().getHeaders().get("If-None-Match"));
        assertNull(server.takeRequest().getHeaders().get("If-None-Match"), "evicted: the cache holds one answer");
    }

    @Test
    void aSpentDailyQuotaWaitsForPacificMidnightWithoutRetrying() {
        server.enqueue(json(403, "error_quota_exceeded.json"));
        server.enqueue(json(403, "error_daily_limit.json"));

        RateLimitedException quota = assertThrows(RateLimitedException.class, () -> client.metrics(connection(CHANNEL), List.of("a")));
        RateLimitedException daily = assertThrows(RateLimitedException.class, () -> client.metrics(connection(CHANNEL), List.of("a")));

        assertTrue(quota.dailyQuota());
        assertEquals(Duration.ofHours(2), quota.retryAfter());
        assertTrue(quota.getMessage().contains("daily quota"), quota.getMessage());
        assertTrue(daily.dailyQuota());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aShortRateLimitIsRetriedAndALongerOneEndsTheCall() {
        server.enqueue(json(403, "error_rate_limit.json").newBuilder().addHeader("Retry-After", "0").build());
        server.enqueue(json(200, "videos_statistics.json"));
        server.enqueue(json(403, "error_user_rate_limit.json"));

        assertEquals(2, client.metrics(connection(CHANNEL), List.of("vidGlassH01")).size());
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.metrics(connection(CHANNEL), List.of("vidGlassH01")));

        assertFalse(e.dailyQuota());
        assertEquals(Duration.ofSeconds(10), e.retryAfter());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void rejectedTokens() {
        server.enqueue(json(401, "error_auth.json"));
        server.enqueue(json(400, "error_invalid_grant.json"));

        assertThrows(TokenRejectedException.class, () -> client.profile(connection(null)));
        TokenRejectedException grant = assertThrows(TokenRejectedException.class, () -> client.profile(connection(null)));

        assertTrue(grant.getMessage().contains("refresh token"), grant.getMessage());
        assertFalse(grant.getMessage().contains("ya29"));
    }

    @Test
    void missingPermissionsInPlainWords() {
        server.enqueue(json(403, "error_forbidden.json"));
        server.enqueue(json(403, "error_insufficient_permissions.json"));
        server.enqueue(json(400, "error_key_invalid.json"));
        server.enqueue(json(404, "error_playlist_not_found.json"));

        String forbidden = refusal();
        String scopes = refusal();
        String key = refusal();
        String notFound = refusal();

        assertTrue(forbidden.contains("lacks a permission"), forbidden);
        assertTrue(scopes.contains("youtube.readonly"), scopes);
        assertEquals("Google does not accept the app's API key (keyInvalid): check the YouTube app's key in Settings", key);
        assertTrue(notFound.contains("cannot find the channel"), notFound);
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void aBackendErrorIsRetriedThenTheCallSucceeds() {
        server.enqueue(json(503, "error_backend.json"));
        server.enqueue(json(200, "videos_statistics.json"));

        assertEquals(2, client.metrics(connection(CHANNEL), List.of("vidGlassH01", "vidTourVl02")).size());
        assertEquals(2, server.getRequestCount());
    }

    private String refusal() {
        return assertThrows(PermissionMissingException.class,
                () -> client.posts(connection(CHANNEL), PageRequest.first(null, null))).getMessage();
    }

    private void enqueuePages() {
        for (String page : List.of("p1", "p2", "p3")) {
            server.enqueue(json(200, "playlist_" + page + ".json"));
            server.enqueue(json(200, "videos_" + page + ".json"));
        }
    }

    private ApiBases bases() {
        return ApiBases.of(Map.of(Platform.YOUTUBE, server.url("/")));
    }

    private ApiConnection connection(String channelId) {
        return connection(1, channelId);
    }

    private ApiConnection connection(long accountId, String channelId) {
        return new ApiConnection(accountId, Platform.YOUTUBE, channelId, null,
                new AccessToken("ya29.youtube-token-1234"), null, meter);
    }

    private static List<String> ids(PostPage page) {
        return page.posts().stream().map(PostDraft::externalPostId).toList();
    }

    private static MockResponse json(int code, String fixture) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=UTF-8")
                .body(ApiFixtures.read("youtube/" + fixture)).build();
    }
}
