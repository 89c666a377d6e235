package app.backline.platform.tiktok;

import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiConnection;
import app.backline.platform.MalformedPayloadException;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PostPage;
import app.backline.platform.RequestMeter;
import app.backline.testing.MockApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static app.backline.testing.ApiTestKit.assertNoToken;
import static app.backline.testing.ApiTestKit.connection;
import static app.backline.testing.ApiTestKit.fixture;
import static app.backline.testing.ApiTestKit.json;
import static app.backline.testing.ApiTestKit.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TikTokClientTest extends MockApiTest<TikTokClient> {

    private final ObjectMapper json = new ObjectMapper();
    private final RequestMeter meter = RequestMeter.unmetered();

    TikTokClientTest() {
        super(Platform.TIKTOK, TikTokClient::new);
    }

    private ApiConnection account() {
        return connection(Platform.TIKTOK, "open-1234-abcd", null, meter);
    }

    private JsonNode body(RecordedRequest request) throws IOException {
        return json.readTree(request.getBody().utf8());
    }

    @Test
    void pagesThroughFirstMiddleAndLastPageByMillisecondCursor() throws Exception {
        server.enqueue(json(200, fixture("tiktok/video_list_p1.json")));
        server.enqueue(json(200, fixture("tiktok/video_list_p2.json")));
        server.enqueue(json(200, fixture("tiktok/video_list_p3.json")));

        PageRequest first = new PageRequest(null, Instant.EPOCH, null, 100);
        PostPage p1 = client.posts(account(), first);
        PostPage p2 = client.posts(account(), first.next(p1));
        PostPage p3 = client.posts(account(), first.next(p2));

        assertEquals(List.of("7400000000000000001", "7400000000000000002"), ids(p1));
        assertEquals("1772384645000", p1.nextCursor());
        assertEquals(List.of("7400000000000000003"), ids(p2));
        assertEquals("1769000000000", p2.nextCursor());
        assertEquals(List.of("7400000000000000004"), ids(p3));
        assertNull(p3.nextCursor(), "has_more false: last page");

        RecordedRequest r1 = take(server);
        assertEquals("POST", r1.getMethod());
        assertEquals("/v2/video/list/", r1.getUrl().encodedPath());
        assertEquals(TikTokClient.VIDEO_FIELDS, r1.getUrl().queryParameter("fields"));
        assertTrue(r1.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals(20, body(r1).get("max_count").asInt(), "page size clamped to TikTok's 20");
        assertFalse(body(r1).has("cursor"), "no cursor on the first page");
        assertEquals(1772384645000L, body(take(server)).get("cursor").asLong());
        assertEquals(1769000000000L, body(take(server)).get("cursor").asLong());
        assertEquals(3, meter.requests());
    }

    @Test
    void mapsVideosWithSecondsTimestampsCountsAndCleanPermalinks() {
        server.enqueue(json(200, fixture("tiktok/video_list_p1.json")));

        PostPage page = client.posts(account(), PageRequest.first(Instant.EPOCH, null));

        PostDraft tour = page.posts().get(0);
        assertEquals(Platform.TIKTOK, tour.platform());
        assertEquals(Instant.parse("2026-03-02T17:04:05Z"), tour.postedAt(), "create_time is epoch seconds");
        assertEquals("Tour starts tonight #tour", tour.caption());
        assertEquals(MediaType.VIDEO, tour.mediaType());
        assertEquals(new Metrics(1500L, 42L, 7L, 20400L), tour.metrics());
        assertEquals("https://www.tiktok.com/@theband/video/7400000000000000001", tour.permalink());
        assertEquals(List.of(new Media(MediaType.VIDEO, "https://cdn.example/cover1.jpeg?x-expires=1&x-signature=a", null)),
                tour.media());
        assertEquals(IngestSource.POLL, tour.ingestSource());
        assertTrue(tour.entities().hashtags().isEmpty());
        assertEquals("Soundcheck", page.posts().get(1).caption(), "an empty description falls back to the title");
    }

    @Test
    void profileComesFromUserInfo() throws Exception {
        server.enqueue(json(200, fixture("tiktok/user_info.json")));

        AccountProfile profile = client.profile(account());

        assertEquals(new AccountProfile("open-1234-abcd", "theband", "The Band", "https://vm.tiktok.com/ZMtheband/", null),
                profile);
        RecordedRequest r = take(server);
        assertEquals("GET", r.getMethod());
        assertEquals("/v2/user/info/", r.getUrl().encodedPath());
        assertEquals(TikTokClient.USER_FIELDS, r.getUrl().queryParameter("fields"));
    }

    @Test
    void metricsQueryTwentyIdsAtATime() throws Exception {
        List<String> ids = IntStream.range(0, 25).mapToObj(i -> Long.toString(7400000000000000001L + i)).toList();
        server.enqueue(json(200, fixture("tiktok/video_query.json")));
        server.enqueue(json(200, "{\"data\":{\"videos\":[]},\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"x\"}}"));

        List<MetricsUpdate> updates = client.metrics(account(), ids);

        assertEquals(List.of(new MetricsUpdate("7400000000000000001", new Metrics(1600L, 45L, 8L, 22000L)),
                new MetricsUpdate("7400000000000000002", new Metrics(13L, 0L, 1L, 350L))), updates);
        RecordedRequest r1 = take(server);
        assertEquals("/v2/video/query/", r1.getUrl().encodedPath());
        assertEquals(TikTokClient.METRIC_FIELDS, r1.getUrl().queryParameter("fields"));
        assertEquals(20, body(r1).get("filters").get("video_ids").size());
        assertEquals("7400000000000000001", body(r1).get("filters").get("video_ids").get(0).asText());
        assertEquals(5, body(take(server)).get("filters").get("video_ids").size());
        assertEquals(20, client.metricsBatchSize());
    }

    @Test
    void aServerErrorIsRetriedAndThenSucceeds() {
        server.enqueue(json(500, fixture("tiktok/error_internal_error.json")));
        server.enqueue(json(200, fixture("tiktok/video_list_p3.json")));

        PostPage page = client.posts(account(), PageRequest.first(Instant.EPOCH, null));

        assertEquals(List.of("7400000000000000004"), ids(page));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void unreadableJsonIsAMalformedPayload() {
        server.enqueue(json(200, "{\"data\":{\"videos\":[{\"id\":\"1\",}]}}"));

        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> client.posts(account(), PageRequest.first(Instant.EPOCH, null)));
        assertNoToken(e);
    }

    @Test
    void aVideoWithoutCreateTimeIsAMalformedPayload() {
        server.enqueue(json(200, "{\"data\":{\"videos\":[{\"id\":\"1\"}],\"cursor\":0,\"has_more\":false},"
                + "\"error\":{\"code\":\"ok\"}}"));

        assertThrows(MalformedPayloadException.class, () -> client.posts(account(), PageRequest.first(Instant.EPOCH, null)));
    }

    @Test
    void aCursorThatDoesNotMoveEndsThePaging() {
        server.enqueue(json(200, fixture("tiktok/video_list_p2.json")));

        PostPage page = client.posts(account(), new PageRequest("1769000000000", Instant.EPOCH, null, 20));

        assertNull(page.nextCursor());
    }

    private static List<String> ids(PostPage page) {
        return page.posts().stream().map(PostDraft::externalPostId).toList();
    }
}
