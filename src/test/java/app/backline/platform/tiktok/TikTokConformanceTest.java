package app.backline.platform.tiktok;

import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiConnection;
import app.backline.platform.MalformedPayloadException;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.RequestMeter;
import app.backline.testing.MockApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static app.backline.testing.ApiTestKit.assertNoToken;
import static app.backline.testing.ApiTestKit.connection;
import static app.backline.testing.ApiTestKit.json;
import static app.backline.testing.ApiTestKit.sample;
import static app.backline.testing.ApiTestKit.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * TikTok's published v2 examples in ../shared/platform-samples/tiktok/display-api-v2 (no recorded v2 responses
 * exist). Three of them are not valid JSON as published: the client must call them malformed, not guess.
 * The business-api recordings are a different API (envelope {@code code/message/request_id}, {@code item_id})
 * and are not served here.
 */
class TikTokConformanceTest extends MockApiTest<TikTokClient> {

    TikTokConformanceTest() {
        super(Platform.TIKTOK, TikTokClient::new);
    }

    private static ApiConnection account() {
        return connection(Platform.TIKTOK, "723f24d7-e717-40f8-a2b6-cb8464cd23b4", null, RequestMeter.unmetered());
    }

    @Test
    void userInfoExamples() throws Exception {
        server.enqueue(json(200, sample("tiktok/display-api-v2/doc_user_info.json")));
        server.enqueue(json(200, sample("tiktok/display-api-v2/doc_user_info_get_started.json")));

        AccountProfile basic = client.profile(account());
        AccountProfile named = client.profile(account());

        assertEquals(new AccountProfile("723f24d7-e717-40f8-a2b6-cb8464cd23b4", null, null, null, null), basic);
        assertEquals("Tik Toker", named.displayName());
        assertEquals("723f24d7-e717-40f8-a2b6-cb8464cd23b4", named.externalUserId());
        assertEquals("/v2/user/info/", take(server).getUrl().encodedPath());
    }

    @Test
    void videoQueryExampleGivesOneUpdatePerVideo() {
        server.enqueue(json(200, sample("tiktok/display-api-v2/doc_video_query.json")));

        List<MetricsUpdate> updates = client.metrics(account(), List.of("1234123412345678567", "1010102020203030303"));

        assertEquals(List.of(new MetricsUpdate("1234123412345678567", Metrics.NONE),
                new MetricsUpdate("1010102020203030303", Metrics.NONE)), updates, "the example asks for title and id only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"doc_video_list_INVALID-JSON.txt", "doc_video_list_get_started_INVALID-JSON.txt"})
    void publishedVideoListExamplesAreNotJsonAndReadAsMalformed(String file) {
        server.enqueue(json(200, sample("tiktok/display-api-v2/" + file)));

        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> client.posts(account(), PageRequest.first(Instant.EPOCH, null)));

        assertNoToken(e);
        assertEquals(1, server.getRequestCount(), "a malformed body is not retried");
    }

    @Test
    void publishedVideoQueryExampleIsNotJsonAndReadsAsMalformed() {
        server.enqueue(json(200, sample("tiktok/display-api-v2/doc_video_query_get_started_INVALID-JSON.txt")));

        assertThrows(MalformedPayloadException.class, () -> client.metrics(account(), List.of("7077642457847994444")));
    }
}
