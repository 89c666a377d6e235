package app.backline.platform.linkedin;

import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiConnection;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PostPage;
import app.backline.platform.RateLimitedException;
import app.backline.platform.RequestMeter;
import app.backline.platform.TokenRejectedException;
import app.backline.testing.MockApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static app.backline.testing.ApiTestKit.assertNoToken;
import static app.backline.testing.ApiTestKit.connection;
import static app.backline.testing.ApiTestKit.json;
import static app.backline.testing.ApiTestKit.sample;
import static app.backline.testing.ApiTestKit.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recorded LinkedIn payloads in ../shared/platform-samples/linkedin. No recorded "posts by author" page
 * exists, so the test builds the {@code elements} + {@code paging} envelope around the recorded post objects.
 */
class LinkedInConformanceTest extends MockApiTest<LinkedInClient> {

    private static final String ORG = "urn:li:organization:2414183";

    LinkedInConformanceTest() {
        super(Platform.LINKEDIN, LinkedInClient::new);
    }

    private static ApiConnection account(String urn) {
        return connection(Platform.LINKEDIN, urn, null, RequestMeter.unmetered());
    }

    private static String page(int start, int count, String... elements) {
        return "{\"elements\":[" + String.join(",", elements) + "],\"paging\":{\"start\":" + start
                + ",\"count\":" + count + ",\"links\":[]}}";
    }

    @Test
    void recordedOrganizationImagePostInAListPage() throws Exception {
        server.enqueue(json(200, page(0, 10, sample("linkedin/rest-posts/post_organization_image_recorded.json"))));

        PostPage result = client.posts(account(ORG), new PageRequest(null, Instant.EPOCH, null, 10));

        assertEquals(1, result.posts().size());
        PostDraft post = result.posts().get(0);
        assertEquals("urn:li:share:7045020441609936898", post.externalPostId());
        assertEquals("Don't forget the image.", post.caption());
        assertEquals(MediaType.IMAGE, post.mediaType());
        assertEquals(List.of(new Media(MediaType.IMAGE, null, null)), post.media());
        assertEquals(Instant.parse("2023-03-24T13:16:04.088Z"), post.postedAt(), "publishedAt in epoch ms");
        assertEquals("https://www.linkedin.com/feed/update/urn:li:share:7045020441609936898/", post.permalink());
        assertEquals("PUBLIC", post.visibility());
        assertEquals(Metrics.NONE, post.metrics());
        assertNull(result.nextCursor(), "1 of count 10: last page");
        assertEquals("/rest/posts", take(server).getUrl().encodedPath());
    }

    @Test
    void theDocumentedDarkVideoPostIsNotAFeedPost() {
        server.enqueue(json(200, page(0, 2, sample("linkedin/rest-posts/doc_post_video_dsc.json"),
                sample("linkedin/rest-posts/post_organization_image_recorded.json"))));

        PostPage result = client.posts(account(ORG), new PageRequest(null, Instant.EPOCH, null, 2));

        assertEquals(List.of("urn:li:share:7045020441609936898"),
                result.posts().stream().map(PostDraft::externalPostId).toList(), "feedDistribution NONE is left out");
        assertEquals("2", result.nextCursor(), "a full page: ask for the next one");
    }

    @Test
    void documentedOrganizationGivesTheProfile() throws Exception {
        server.enqueue(json(200, sample("linkedin/organization/doc_organization.json")));

        AccountProfile profile = client.profile(account("urn:li:organization:1337"));

        assertEquals(new AccountProfile("urn:li:organization:1337", "linkedin", "LinkedIn",
                "https://www.linkedin.com/company/linkedin/", null), profile);
        assertEquals("/rest/organizations/1337", take(server).getUrl().encodedPath());
    }

    @Test
    void recordedOrganizationTotalsAreNotAttributedToAPost() throws Exception {
        String totals = null;
        for (String line : sample("linkedin/organization/airbyte_linkedin_pages_expected_records.jsonl").split("\n")) {
            JsonNode record = new ObjectMapper().readTree(line);
            if ("share_statistics".equals(record.path("stream").asText())) {
                totals = record.get("data").toString();
            }
        }
        assertTrue(totals != null && totals.contains("\"engagement\":0.0"), "the recorded element has a float engagement");
        server.enqueue(json(200, page(0, 10, totals)));

        assertEquals(List.of(), client.metrics(account("urn:li:organization:90362860"), List.of("urn:li:share:1")));
    }

    @Test
    void recordedErrorsMapToTheHierarchy() {
        ApiConnection account = account(ORG);
        PageRequest first = PageRequest.first(Instant.EPOCH, null);

        server.enqueue(json(401, sample("linkedin/errors/401_REVOKED_ACCESS_TOKEN_65601.json")));
        TokenRejectedException revoked = assertThrows(TokenRejectedException.class, () -> client.posts(account, first));
        assertTrue(revoked.getMessage().contains("revoked"));
        assertNoToken(revoked);

        server.enqueue(json(401, sample("linkedin/errors/401_invalid_access_token_65600.json")));
        assertThrows(TokenRejectedException.class, () -> client.posts(account, first));

        server.enqueue(json(403, sample("linkedin/errors/403_not_enough_permissions_100.json")));
        assertThrows(PermissionMissingException.class, () -> client.posts(account, first));

        server.enqueue(json(429, sample("linkedin/errors/429_resource_throttle_101.json")));
        RateLimitedException throttled = assertThrows(RateLimitedException.class, () -> client.posts(account, first));
        assertTrue(throttled.getMessage().contains("code 101"));
        assertEquals(4, server.getRequestCount(), "none retried (60 s default wait exceeds the test's in-run limit)");
    }
}
