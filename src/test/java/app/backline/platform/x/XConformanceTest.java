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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link XClient} on the real recorded X answers in {@code ../shared/platform-samples/x/} (read in place,
 * status and rate-limit headers from their sidecars); skipped when the samples are absent. The two
 * recent-search pages have the same envelope as a user timeline and stand in for one where a recorded
 * timeline lacks entities and media.
 */
class XConformanceTest extends MockApiTest<XClient> {

    /** When the 429 sample was recorded (its Date header): Fri, 26 Jun 2020 15:19:39 GMT. */
    private static final Instant RECORDED_429 = Instant.parse("2020-06-26T15:19:39Z");

    private final MutableClock clock = new MutableClock(RECORDED_429);

    XConformanceTest() {
        super(Platform.X, XClient::new);
    }

    @Override
    protected ApiHttp clientHttp() {
        return ApiTestKit.http(clock);
    }

    @Test
    void usersMeDefaultFields() {
        server.enqueue(SampleReplay.response("x/v2/users_me_default_fields.json"));

        AccountProfile profile = client.profile(connection(null, "TweepyDev"));

        assertEquals(new AccountProfile("1072250532645998596", "TweepyDev", "Tweepy Testing",
                "https://x.com/TweepyDev", null), profile);
    }

    @Test
    void userTimelineWithDefaultFieldsTakesThePostingTimeFromTheId() {
        server.enqueue(SampleReplay.response("x/v2/users_id_tweets_default_fields.json"));

        PostPage page = client.posts(connection("783214", "XDevelopers"), PageRequest.first(null, null));

        assertEquals("7140dibdnow9c7btw4232poeq0wapgnwgwqwvuwn3peex", page.nextCursor());
        assertEquals(List.of("1577730467436138524", "1565318587736285184"),
                page.posts().stream().map(PostDraft::externalPostId).toList());
        PostDraft first = page.posts().get(0);
        assertEquals("whoa, it works\n\nnow everyone can mix GIFs, videos, and images in one Tweet, available on iOS"
                + " and Android https://t.co/3OQ4eGsUku https://t.co/LVVolAQPZi", first.caption());
        assertEquals("https://x.com/XDevelopers/status/1577730467436138524", first.permalink());
        // the recording was made on 2022-10-07 22:43:18 UTC (sidecar Date), so the post is older than that
        assertTrue(first.postedAt().isAfter(Instant.parse("2022-09-01T00:00:00Z"))
                && first.postedAt().isBefore(Instant.parse("2022-10-07T22:43:18Z")), first.postedAt().toString());
        assertTrue(page.posts().get(1).postedAt().isBefore(first.postedAt()));
        assertEquals(MediaType.TEXT, first.mediaType());
        assertEquals(Metrics.NONE, first.metrics());
        assertEquals(CaptionEntities.NONE, first.entities());
        assertEquals(IngestSource.POLL, first.ingestSource());
        assertTrue(page.skipped().isEmpty());
    }

    @Test
    void userTimelineWithPublicMetrics() {
        server.enqueue(SampleReplay.response("x/v2/users_id_tweets_public_metrics.json"));

        PostPage page = client.posts(connection("2244994945", "XDevelopers"), PageRequest.first(null, null));

        assertEquals(5, page.posts().size());
        assertEquals("7140dibdnow9c7btw3w3itbygz8uu5pbs45oy6erjc2ls", page.nextCursor());
        PostDraft first = page.posts().get(0);
        assertEquals("1364275610764201984", first.externalPostId());
        assertEquals(Instant.parse("2021-02-23T18:07:07Z"), first.postedAt());
        assertEquals(new Metrics(37L, 2L, 11L, null), first.metrics());
        assertTrue(first.caption().endsWith("Join us on Twitch! 👀\nhttps://t.co/SQziibOD9P"), first.caption());
        PostDraft last = page.posts().get(4);
        assertEquals(new Metrics(74L, 9L, 19L, null), last.metrics());
    }

    @Test
    void entitiesAndMediaFromTheMediaExpansion() {
        server.enqueue(SampleReplay.response("x/v2-postman-examples/search_recent_media_fields.json"));

        PostPage page = client.posts(connection("1", "someone"), PageRequest.first(null, null));

        assertEquals("b26v89c19zqg8o3fo7gg1pu5pv61lxgru17onnv29q4cd", page.nextCursor());
        PostDraft photo = page.posts().get(0);
        assertEquals("1278020251041570816", photo.externalPostId());
        assertEquals(Instant.parse("2020-06-30T17:39:06Z"), photo.postedAt());
        assertEquals(new CaptionEntities(List.of("TLOU2", "TheLastofUsPart2"), List.of("CritterOfHabit"), List.of()),
                photo.entities());
        assertEquals(MediaType.IMAGE, photo.mediaType());
        assertEquals(List.of(new Media(MediaType.IMAGE, "https://pbs.twimg.com/media/Ebr28bjU0AEasL0.jpg", null)),
                photo.media());
        assertTrue(photo.repost(), "RT text without referenced_tweets");
        assertNull(photo.language());
        PostDraft two = page.posts().get(2);
        assertEquals(MediaType.CAROUSEL, two.mediaType());
        assertEquals(List.of("https://pbs.twimg.com/media/Ebxrk3OWsAINP6Y.jpg",
                "https://pbs.twimg.com/media/EbxrlWGXsAELIRz.jpg"), two.media().stream().map(Media::remoteUrl).toList());
        assertEquals(List.of(new Media(MediaType.VIDEO,
                "https://pbs.twimg.com/ext_tw_video_thumb/1277795251919429636/pu/img/QzdDVtEyX6NNqA_5.jpg", null)),
                page.posts().get(3).media());
        assertEquals(List.of(new Media(MediaType.VIDEO, "https://pbs.twimg.com/media/EbxkA_dU0AAvzTt.jpg", null)),
                page.posts().get(6).media());
        assertEquals(MediaType.TEXT, page.posts().get(1).mediaType());
    }

    @Test
    void repliesRepostsLanguagesAndEscapedText() {
        server.enqueue(SampleReplay.response("x/v2-postman-examples/search_recent_tweet_fields.json"));

        List<PostDraft> posts = client.posts(connection("1", null), PageRequest.first(null, null)).posts();

        assertEquals(10, posts.size());
        assertTrue(posts.get(0).repost());
        assertFalse(posts.get(0).reply());
        assertTrue(posts.get(1).reply());
        assertFalse(posts.get(1).repost());
        assertEquals(List.of("NY12"), posts.get(1).entities().hashtags());
        assertFalse(posts.get(2).reply() || posts.get(2).repost());
        assertTrue(posts.get(9).repost(), "quoted and retweeted");
        PostDraft german = posts.get(5);
        assertEquals("de", german.language());
        assertTrue(german.caption().contains("McCarren vigil & march 7"), german.caption());
        assertEquals(List.of("NYC", "OccupyCityHall", "protest", "NycProtest", "NoJusticeNoPeace", "BLMprotest",
                "blacklivesmatter"), german.entities().hashtags());
        assertEquals("https://x.com/i/status/1275840878238552064", german.permalink());
    }

    @Test
    void aDeletedPostAnsweredWith200AndOnlyErrorsIsAnEmptyPage() {
        server.enqueue(SampleReplay.response("x/v2-postman-examples/tweet_lookup_deleted_200_errors_only.json"));

        PostPage page = client.posts(connection("1", "a"), PageRequest.first(null, null));

        assertTrue(page.posts().isEmpty());
        assertNull(page.nextCursor());
        assertEquals(List.of("X could not return post 1276230436478386177 (Not Found Error)"), page.skipped());
    }

    @Test
    void aPartialSuccessInMetricsAndInAPage() {
        server.enqueue(SampleReplay.response("x/v2-postman-examples/tweets_lookup_partial_errors.json"));
        server.enqueue(SampleReplay.response("x/v2-postman-examples/tweets_lookup_partial_errors.json"));

        List<MetricsUpdate> updates = client.metrics(connection("1", "jack"), List.of("20", "1276230436478386177"));
        PostPage page = client.posts(connection("1", "jack"), PageRequest.first(null, null));

        assertEquals(List.of(new MetricsUpdate("20", Metrics.NONE)), updates);
        // the sample asked for no created_at, and id 20 (2006) predates the snowflake ids that carry a time
        assertTrue(page.posts().isEmpty());
        assertEquals(List.of("X returned post 20 without its time; it was left out",
                "X could not return post 1276230436478386177 (Not Found Error)"), page.skipped());
    }

    @Test
    void aPlainText429WaitsUntilTheRecordedReset() {
        server.enqueue(SampleReplay.response("x/v2-postman-examples/tweet_lookup_429_rate_limit.txt"));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.metrics(connection("1", "a"), List.of("20")));

        // x-rate-limit-reset 1593185073 − recorded at 1593184779
        assertEquals(Duration.ofSeconds(294), e.retryAfter());
        assertFalse(e.dailyQuota());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aJson429WithoutHeadersIsRateLimited() {
        server.enqueue(SampleReplay.response("x/errors/429_too_many_requests_v2_json.json", 429));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.posts(connection("1", "a"), PageRequest.first(null, null)));

        assertEquals(Duration.ofSeconds(60), e.retryAfter());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void unauthorizedAndClientNotEnrolled() {
        server.enqueue(SampleReplay.response("x/v2-postman-examples/401_unauthorized.json"));
        server.enqueue(SampleReplay.response("x/v2-postman-examples/403_client_not_enrolled.json"));

        assertThrows(TokenRejectedException.class, () -> client.posts(connection("1", "a"), PageRequest.first(null, null)));
        PermissionMissingException e = assertThrows(PermissionMissingException.class,
                () -> client.posts(connection("1", "a"), PageRequest.first(null, null)));

        assertTrue(e.getMessage().contains("client-not-enrolled"), e.getMessage());
    }

    private static ApiConnection connection(String userId, String handle) {
        return new ApiConnection(3, Platform.X, userId, handle, new AccessToken("conformance-token-abcd"), null,
                RequestMeter.unmetered());
    }
}
