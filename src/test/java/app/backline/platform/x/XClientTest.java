package app.backline.platform.x;

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
import app.backline.platform.MalformedPayloadException;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link XClient} against a MockWebServer with the project's own X fixtures. */
class XClientTest extends MockApiTest<XClient> {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final RequestMeter meter = RequestMeter.unmetered();

    XClientTest() {
        super(Platform.X, XClient::new);
    }

    @Override
    protected ApiHttp clientHttp() {
        return ApiTestKit.http(clock);
    }

    @Test
    void profileReadsUsersMeWithTheBearerToken() throws Exception {
        server.enqueue(json(200, ApiFixtures.read("x/users_me.json")));

        AccountProfile profile = client.profile(connection(null));

        assertEquals(new AccountProfile("1432100000000000000", "mira_harbour", "Mira Harbour",
                "https://x.com/mira_harbour", null), profile);
        RecordedRequest request = server.takeRequest();
        assertEquals("/2/users/me?user.fields=username,name,profile_image_url,public_metrics",
                decoded(request.getUrl()));
        assertEquals("Bearer x-access-token-0123456789", request.getHeaders().get("Authorization"));
    }

    @Test
    void pagesAreFollowedFromFirstThroughMiddleToLast() throws Exception {
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page1.json")));
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page2.json")));
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page3.json")));
        PageRequest first = new PageRequest(null, Instant.parse("2026-10-22T12:00:00.250Z"), "1850000000000000000", 500);

        PostPage p1 = client.posts(connection("1432100000000000000"), first);
        PostPage p2 = client.posts(connection("1432100000000000000"), first.next(p1));
        PostPage p3 = client.posts(connection("1432100000000000000"), first.next(p2));

        assertEquals("7140dibdnow9c7btw4page2", p1.nextCursor());
        assertEquals("7140dibdnow9c7btw4page3", p2.nextCursor());
        assertNull(p3.nextCursor());
        assertTrue(p3.last());
        assertEquals(List.of(2, 1, 1), List.of(p1.posts().size(), p2.posts().size(), p3.posts().size()));
        HttpUrl r1 = server.takeRequest().getUrl();
        assertEquals("/2/users/1432100000000000000/tweets", r1.encodedPath());
        assertEquals("100", r1.queryParameter("max_results"));
        assertEquals("1850000000000000000", r1.queryParameter("since_id"));
        assertEquals("2026-10-22T12:00:00Z", r1.queryParameter("start_time"));
        assertEquals(XClient.TWEET_FIELDS, r1.queryParameter("tweet.fields"));
        assertEquals("attachments.media_keys", r1.queryParameter("expansions"));
        assertEquals("type,url,preview_image_url,width,height", r1.queryParameter("media.fields"));
        assertNull(r1.queryParameter("pagination_token"));
        assertEquals("7140dibdnow9c7btw4page2", server.takeRequest().getUrl().queryParameter("pagination_token"));
        assertEquals("7140dibdnow9c7btw4page3", server.takeRequest().getUrl().queryParameter("pagination_token"));
        assertEquals(3, meter.requests());
    }

    @Test
    void aPostIsMappedFieldByField() {
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page1.json")));

        List<PostDraft> posts = client.posts(connection("1432100000000000000"), PageRequest.first(null, null)).posts();

        PostDraft single = posts.get(0);
        assertEquals(Platform.X, single.platform());
        assertEquals("1859000000000000001", single.externalPostId());
        assertEquals("https://x.com/mira_harbour/status/1859000000000000001", single.permalink());
        assertTrue(single.caption().startsWith("New single \"Glass Harbour\" out Friday & tour dates soon"),
                single.caption());
        assertEquals(Instant.parse("2026-11-20T18:30:00Z"), single.postedAt());
        assertEquals(MediaType.CAROUSEL, single.mediaType());
        assertEquals(List.of(new Media(MediaType.IMAGE, "https://pbs.twimg.com/media/A1.jpg", null),
                new Media(MediaType.IMAGE, "https://pbs.twimg.com/media/A2.jpg", null)), single.media());
        assertEquals(new Metrics(230L, 4L, 15L, 9100L), single.metrics());
        assertEquals(new CaptionEntities(List.of("GlassHarbour", "NewMusic"), List.of("sam_keys"),
                List.of("https://label.example/glass-harbour")), single.entities());
        assertEquals("en", single.language());
        assertFalse(single.reply());
        assertFalse(single.repost());
        assertEquals(IngestSource.POLL, single.ingestSource());

        PostDraft reply = posts.get(1);
        assertTrue(reply.reply());
        assertEquals(MediaType.VIDEO, reply.mediaType());
        assertEquals(List.of(new Media(MediaType.VIDEO,
                "https://pbs.twimg.com/ext_tw_video_thumb/222/pu/img/B.jpg", null)), reply.media());
        assertEquals(new Metrics(17L, 1L, 0L, 640L), reply.metrics());
    }

    @Test
    void repostsGifsUnknownLanguagesAndQuotesAreMapped() {
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page2.json")));
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page3.json")));

        PostDraft repost = client.posts(connection("1"), PageRequest.first(null, null)).posts().get(0);
        PostDraft quote = client.posts(connection("1"), PageRequest.first(null, null)).posts().get(0);

        assertTrue(repost.repost());
        assertEquals("RT @venue_hall: Sold out <3 thank you Hamburg", repost.caption());
        assertEquals(MediaType.GIF, repost.mediaType());
        assertEquals("https://pbs.twimg.com/tweet_video_thumb/C.jpg", repost.media().get(0).remoteUrl());
        assertNull(repost.language());
        assertEquals(new Metrics(0L, 0L, 40L, null), repost.metrics());
        assertFalse(quote.repost());
        assertFalse(quote.reply());
        assertEquals("ja", quote.language());
        assertEquals(MediaType.TEXT, quote.mediaType());
        assertEquals(CaptionEntities.NONE, quote.entities());
    }

    @Test
    void anAnswerWithOnlyErrorsIsAnEmptyPageNotAFailure() {
        server.enqueue(json(200, ApiFixtures.read("x/tweets_errors_only.json")));

        PostPage page = client.posts(connection("1"), PageRequest.first(null, null));

        assertTrue(page.posts().isEmpty());
        assertTrue(page.last());
        assertEquals(List.of("X could not return post 1859000000000000009 (Not Found Error)"), page.skipped());
    }

    @Test
    void aPartialSuccessKeepsThePostsAndNotesTheRest() {
        server.enqueue(json(200, ApiFixtures.read("x/tweets_partial.json")));

        PostPage page = client.posts(connection("1"), PageRequest.first(null, null));

        assertEquals(List.of("1859000000000000001"), page.posts().stream().map(PostDraft::externalPostId).toList());
        assertEquals(List.of("X could not return post 1858000000000000002 (Not Found Error)"), page.skipped());
    }

    @Test
    void metricsLookUpIdsAndLeaveOutDeletedPosts() throws Exception {
        server.enqueue(json(200, ApiFixtures.read("x/tweets_partial.json")));

        List<MetricsUpdate> updates = client.metrics(connection("1"),
                List.of("1859000000000000001", "1858000000000000002"));

        assertEquals(List.of(new MetricsUpdate("1859000000000000001", new Metrics(250L, 5L, 17L, 9800L))), updates);
        HttpUrl url = server.takeRequest().getUrl();
        assertEquals("/2/tweets", url.encodedPath());
        assertEquals("1859000000000000001,1858000000000000002", url.queryParameter("ids"));
        assertEquals("public_metrics", url.queryParameter("tweet.fields"));
        assertEquals(100, client.metricsBatchSize());
        assertEquals(List.of(), client.metrics(connection("1"), List.of()));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void theProfileIsLookedUpWhenTheUserIdIsNotKnownYet() throws Exception {
        server.enqueue(json(200, ApiFixtures.read("x/users_me.json")));
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page3.json")));

        client.posts(connection(null), PageRequest.first(null, null));

        assertEquals("/2/users/me", server.takeRequest().getUrl().encodedPath());
        assertEquals("/2/users/1432100000000000000/tweets", server.takeRequest().getUrl().encodedPath());
    }

    @Test
    void unauthorizedIsARejectedToken() {
        server.enqueue(json(401, ApiFixtures.read("x/problem_401.json")));

        TokenRejectedException e = assertThrows(TokenRejectedException.class,
                () -> client.posts(connection("1"), PageRequest.first(null, null)));

        assertTrue(e.getMessage().contains("reconnect the account"), e.getMessage());
        assertFalse(e.getMessage().contains("0123456789"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void forbiddenIsAMissingPermissionInItsOwnWords() {
        server.enqueue(json(403, ApiFixtures.read("x/problem_403_not_enrolled.json")));
        server.enqueue(json(403, ApiFixtures.read("x/problem_403_not_authorized.json")));
        server.enqueue(new MockResponse.Builder().code(403).body("").build());

        String notEnrolled = assertThrows(PermissionMissingException.class,
                () -> client.posts(connection("1"), PageRequest.first(null, null))).getMessage();
        String notAuthorized = assertThrows(PermissionMissingException.class,
                () -> client.posts(connection("1"), PageRequest.first(null, null))).getMessage();
        String plain = assertThrows(PermissionMissingException.class,
                () -> client.posts(connection("1"), PageRequest.first(null, null))).getMessage();

        assertTrue(notEnrolled.contains("not enrolled") && notEnrolled.contains("client-not-enrolled"), notEnrolled);
        assertTrue(notAuthorized.contains("protected or suspended"), notAuthorized);
        assertTrue(plain.contains("lacks a permission"), plain);
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aPlainText429WaitsForTheRateLimitReset() {
        long reset = NOW.plusSeconds(600).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "text/plain;charset=utf-8")
                .addHeader("x-rate-limit-remaining", "0").addHeader("x-rate-limit-reset", reset)
                .body("Rate limit exceeded\n").build());

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.posts(connection("1"), PageRequest.first(null, null)));

        assertEquals(Duration.ofSeconds(600), e.retryAfter());
        assertFalse(e.dailyQuota());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aUsageCapStopsUntilLaterWithoutRetrying() {
        server.enqueue(json(429, ApiFixtures.read("x/problem_429_usage_capped.json"))
                .newBuilder().addHeader("x-rate-limit-reset", NOW.plusSeconds(3).getEpochSecond()).build());

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.posts(connection("1"), PageRequest.first(null, null)));

        assertTrue(e.dailyQuota());
        assertTrue(e.getMessage().contains("usage cap"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aPageThatLeavesNoRequestsMakesTheNextCallWaitForTheReset() {
        long reset = NOW.plusSeconds(300).getEpochSecond();
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page1.json")).newBuilder()
                .addHeader("x-rate-limit-remaining", "0").addHeader("x-rate-limit-reset", reset).build());
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page3.json")));
        server.enqueue(json(200, ApiFixtures.read("x/tweets_page2.json")));
        PageRequest first = PageRequest.first(null, null);
        PostPage p1 = client.posts(connection("1"), first);

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.posts(connection("1"), first.next(p1)));

        assertEquals(Duration.ofSeconds(300), e.retryAfter());
        assertEquals(1, server.getRequestCount());
        assertEquals(1, client.posts(connection(2, "7"), first).posts().size(), "another account is not held up");
        clock.advance(Duration.ofSeconds(300));
        assertEquals("1857000000000000003",
                client.posts(connection("1"), first.next(p1)).posts().get(0).externalPostId());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aBodyThatIsNotTheExpectedShapeIsMalformed() {
        server.enqueue(json(200, "{\"data\":\"not a list\"}"));

        assertThrows(MalformedPayloadException.class,
                () -> client.posts(connection("1"), PageRequest.first(null, null)));
    }

    @Test
    void aPollWithNothingNewIsOneRequestAndAnEmptyLastPage() throws Exception {
        server.enqueue(json(200, "{\"meta\":{\"result_count\":0}}"));

        PostPage page = client.posts(connection("1"), PageRequest.first(null, "1859000000000000001"));

        assertTrue(page.posts().isEmpty());
        assertTrue(page.last());
        assertTrue(page.skipped().isEmpty());
        assertEquals("1859000000000000001", server.takeRequest().getUrl().queryParameter("since_id"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aHandleWrittenWithItsAtSignMakesTheSamePermalink() {
        assertEquals("https://x.com/mira_harbour/status/5", XPostMapper.permalink("@mira_harbour", "5"));
        assertEquals("https://x.com/i/status/5", XPostMapper.permalink(" ", "5"));
    }

    private ApiConnection connection(String userId) {
        return connection(1, userId);
    }

    private ApiConnection connection(long accountId, String userId) {
        return new ApiConnection(accountId, Platform.X, userId, "mira_harbour",
                new AccessToken("x-access-token-0123456789"), null, meter);
    }

    private static String decoded(HttpUrl url) {
        return url.encodedPath() + "?" + url.query();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
