package app.backline.platform.instagram;

import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.MalformedPayloadException;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PostPage;
import app.backline.platform.RequestMeter;
import app.backline.testing.MockApiTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static app.backline.testing.ApiTestKit.assertNoToken;
import static app.backline.testing.ApiTestKit.connection;
import static app.backline.testing.ApiTestKit.fixture;
import static app.backline.testing.ApiTestKit.json;
import static app.backline.testing.ApiTestKit.take;
import static app.backline.testing.ApiTestKit.tinyRetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstagramClientTest extends MockApiTest<InstagramClient> {

    private static final String USER = "17841400000000001";

    private final RequestMeter meter = RequestMeter.unmetered();

    InstagramClientTest() {
        super(Platform.INSTAGRAM, InstagramClient::new);
    }

    private ApiConnection account() {
        return connection(Platform.INSTAGRAM, USER, null, meter);
    }

    @Test
    void pagesThroughFirstMiddleAndLastPageByAfterCursor() throws Exception {
        server.enqueue(json(200, fixture("instagram/media_p1.json")));
        server.enqueue(json(200, fixture("instagram/media_p2.json")));
        server.enqueue(json(200, fixture("instagram/media_p3.json")));

        PageRequest first = new PageRequest(null, Instant.EPOCH, null, 2);
        PostPage p1 = client.posts(account(), first);
        PostPage p2 = client.posts(account(), first.next(p1));
        PostPage p3 = client.posts(account(), first.next(p2).next(p2));

        assertEquals(List.of("17900000000000001", "17900000000000002"), ids(p1));
        assertEquals("cur-1", p1.nextCursor());
        assertEquals(List.of("17900000000000003"), ids(p2));
        assertEquals("cur-2", p2.nextCursor());
        assertEquals(List.of("17900000000000004"), ids(p3));
        assertNull(p3.nextCursor(), "no paging.next: last page");
        assertTrue(p3.last());

        List<String> afters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = take(server);
            assertEquals("GET", r.getMethod());
            assertEquals("/v25.0/" + USER + "/media", r.getUrl().encodedPath());
            assertEquals(InstagramClient.MEDIA_FIELDS, r.getUrl().queryParameter("fields"));
            assertEquals("2", r.getUrl().queryParameter("limit"));
            assertNull(r.getUrl().queryParameter("access_token"), "the token travels in the header only");
            afters.add(r.getUrl().queryParameter("after"));
        }
        assertEquals(java.util.Arrays.asList(null, "cur-1", "cur-2"), afters);
        assertEquals(3, meter.requests());
    }

    @Test
    void mapsImagesReelsAndCarouselsIntoPollDrafts() {
        server.enqueue(json(200, fixture("instagram/media_p1.json")));
        server.enqueue(json(200, fixture("instagram/media_p2.json")));
        PostPage p1 = client.posts(account(), PageRequest.first(Instant.EPOCH, null));
        PostPage p2 = client.posts(account(), new PageRequest("cur-1", Instant.EPOCH, null, 100));

        PostDraft image = p1.posts().get(0);
        assertEquals(Platform.INSTAGRAM, image.platform());
        assertEquals("New single out now #release @guest", image.caption());
        assertEquals(MediaType.IMAGE, image.mediaType());
        assertEquals(Instant.parse("2026-03-02T18:04:05Z"), image.postedAt());
        assertEquals(new Metrics(120L, 14L, null, null), image.metrics());
        assertEquals("https://www.instagram.com/p/AAA111/", image.permalink());
        assertEquals(List.of(new Media(MediaType.IMAGE, "https://cdn.example/img1.jpg", null)), image.media());
        assertEquals(IngestSource.POLL, image.ingestSource());
        assertTrue(image.entities().hashtags().isEmpty(), "entities are the engine's job");
        assertTrue(image.tags().isEmpty());
        assertNull(image.summary());

        PostDraft reel = p1.posts().get(1);
        assertEquals(MediaType.VIDEO, reel.mediaType());
        assertEquals(List.of(new Media(MediaType.VIDEO, "https://cdn.example/reel2.jpg", null)), reel.media());
        assertEquals(9007199254740993L, reel.metrics().likes(), "counts above 2^53 stay exact");

        PostDraft carousel = p2.posts().get(0);
        assertEquals(MediaType.CAROUSEL, carousel.mediaType());
        assertEquals("", carousel.caption(), "no caption key → empty caption");
        assertEquals(List.of(new Media(MediaType.IMAGE, "https://cdn.example/c1.jpg", null),
                new Media(MediaType.VIDEO, "https://cdn.example/c2.jpg", null)), carousel.media());
        assertEquals(Instant.parse("2026-02-20T23:59:59Z"), carousel.postedAt());
    }

    @Test
    void profileOfAnInstagramLoginAccountComesFromMe() throws Exception {
        server.enqueue(json(200, fixture("instagram/profile_me.json")));

        AccountProfile profile = client.profile(connection(Platform.INSTAGRAM, null, null, meter));

        assertEquals(new AccountProfile(USER, "the_band", "The Band", "https://www.instagram.com/the_band/", null), profile);
        RecordedRequest r = take(server);
        assertEquals("/v25.0/me", r.getUrl().encodedPath());
        assertEquals("user_id," + InstagramClient.PROFILE_FIELDS, r.getUrl().queryParameter("fields"));
    }

    @Test
    void facebookLoginAccountsUseGraphFacebookComAndInstagramLoginGraphInstagramCom() {
        List<HttpUrl> seen = new ArrayList<>();
        OkHttpClient capturing = new OkHttpClient.Builder().addInterceptor(chain -> {
            seen.add(chain.request().url());
            return canned(chain.request(), fixture("instagram/media_p3.json"));
        }).build();
        ApiHttp offline = new ApiHttp(capturing, new ObjectMapper(), tinyRetry(), Clock.systemUTC());
        InstagramClient real = new InstagramClient(offline, ApiBases.real());

        real.posts(connection(Platform.INSTAGRAM, USER, "facebook", meter), PageRequest.first(Instant.EPOCH, null));
        real.posts(connection(Platform.INSTAGRAM, USER, null, meter), PageRequest.first(Instant.EPOCH, null));

        assertEquals("https://graph.facebook.com/v25.0/" + USER + "/media", seen.get(0).newBuilder().query(null).build().toString());
        assertEquals("https://graph.instagram.com/v25.0/" + USER + "/media", seen.get(1).newBuilder().query(null).build().toString());
    }

    @Test
    void metricsUseOneMultiIdLookupPerBatchOfFifty() throws Exception {
        List<String> ids = IntStream.range(0, 60).mapToObj(i -> Long.toString(17900000000000001L + i)).toList();
        server.enqueue(json(200, fixture("instagram/metrics_by_id.json")));
        server.enqueue(json(200, "{}"));

        List<MetricsUpdate> updates = client.metrics(account(), ids);

        assertEquals(List.of(new MetricsUpdate("17900000000000001", new Metrics(125L, 15L, null, null)),
                new MetricsUpdate("17900000000000002", new Metrics(10L, 1L, null, null))), updates);
        RecordedRequest r1 = take(server);
        RecordedRequest r2 = take(server);
        assertEquals("/v25.0/", r1.getUrl().encodedPath());
        assertEquals(String.join(",", ids.subList(0, 50)), r1.getUrl().queryParameter("ids"));
        assertEquals(String.join(",", ids.subList(50, 60)), r2.getUrl().queryParameter("ids"));
        assertEquals(InstagramClient.METRIC_FIELDS, r1.getUrl().queryParameter("fields"));
        assertEquals(50, client.metricsBatchSize());
    }

    @Test
    void aServerErrorIsRetriedAndThenSucceeds() {
        server.enqueue(json(500, fixture("instagram/error_2_transient.json")));
        server.enqueue(json(200, fixture("instagram/media_p3.json")));

        PostPage page = client.posts(account(), PageRequest.first(Instant.EPOCH, null));

        assertEquals(List.of("17900000000000004"), ids(page));
        assertEquals(2, server.getRequestCount());
        assertEquals(2, meter.requests(), "every attempt is metered");
    }

    @Test
    void unreadableJsonIsAMalformedPayload() {
        server.enqueue(json(200, "{\"data\":[{\"id\":\"1\",\"timestamp\":"));

        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> client.posts(account(), PageRequest.first(Instant.EPOCH, null)));
        assertNoToken(e);
        assertEquals(1, server.getRequestCount(), "a malformed body is not retried");
    }

    @Test
    void aMediaItemWithoutATimestampIsAMalformedPayload() {
        server.enqueue(json(200, "{\"data\":[{\"id\":\"1\",\"media_type\":\"IMAGE\"}]}"));

        assertThrows(MalformedPayloadException.class,
                () -> client.posts(account(), PageRequest.first(Instant.EPOCH, null)));
    }

    private static List<String> ids(PostPage page) {
        return page.posts().stream().map(PostDraft::externalPostId).toList();
    }

    private static Response canned(Request request, String body) {
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create(body, okhttp3.MediaType.get("application/json"))).build();
    }
}
