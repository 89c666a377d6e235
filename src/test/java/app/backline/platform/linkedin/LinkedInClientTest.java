package app.backline.platform.linkedin;

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
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static app.backline.testing.ApiTestKit.assertNoToken;
import static app.backline.testing.ApiTestKit.bases;
import static app.backline.testing.ApiTestKit.connection;
import static app.backline.testing.ApiTestKit.fixture;
import static app.backline.testing.ApiTestKit.http;
import static app.backline.testing.ApiTestKit.json;
import static app.backline.testing.ApiTestKit.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkedInClientTest extends MockApiTest<LinkedInClient> {

    private static final String ORG = "urn:li:organization:2414183";

    LinkedInClientTest() {
        super(Platform.LINKEDIN, LinkedInClient::new);
    }

    private static ApiConnection account(String urn) {
        return connection(Platform.LINKEDIN, urn, null, RequestMeter.unmetered());
    }

    /** The request reached the mock with the bearer token and both versioning headers. */
    private RecordedRequest takeVersioned() throws InterruptedException {
        RecordedRequest r = take(server);
        assertEquals(LinkedInClient.DEFAULT_VERSION, r.getHeaders().get("LinkedIn-Version"));
        assertEquals("2.0.0", r.getHeaders().get("X-Restli-Protocol-Version"));
        return r;
    }

    @Test
    void pagesThroughFirstMiddleAndLastPageByStartOffset() throws Exception {
        server.enqueue(json(200, fixture("linkedin/posts_p1.json")));
        server.enqueue(json(200, fixture("linkedin/posts_p2.json")));
        server.enqueue(json(200, fixture("linkedin/posts_p3.json")));

        PageRequest first = new PageRequest(null, Instant.EPOCH, null, 2);
        PostPage p1 = client.posts(account(ORG), first);
        PostPage p2 = client.posts(account(ORG), first.next(p1));
        PostPage p3 = client.posts(account(ORG), first.next(p2));

        assertEquals(List.of("urn:li:share:7100000000000000001", "urn:li:ugcPost:7100000000000000002"), ids(p1));
        assertEquals("2", p1.nextCursor());
        assertEquals("4", p2.nextCursor());
        assertEquals(List.of("urn:li:share:7100000000000000005"), ids(p3));
        assertNull(p3.nextCursor(), "a short page ends the paging");
        for (String start : List.of("0", "2", "4")) {
            RecordedRequest r = takeVersioned();
            assertEquals("/rest/posts", r.getUrl().encodedPath());
            assertEquals("q=author&author=urn%3Ali%3Aorganization%3A2414183&count=2&start=" + start + "&sortBy=CREATED",
                    r.getUrl().encodedQuery());
        }
    }

    @Test
    void aFullPageThatReachesTheTotalIsTheLast() {
        server.enqueue(json(200, fixture("linkedin/posts_p2.json").replace("\"total\":5", "\"total\":4")));

        PostPage page = client.posts(account(ORG), new PageRequest("2", Instant.EPOCH, null, 2));

        assertEquals(2, page.posts().size());
        assertNull(page.nextCursor(), "start + count >= total");
    }

    @Test
    void mapsCommentaryTimesContentAndPermalinks() {
        server.enqueue(json(200, fixture("linkedin/posts_p1.json")));
        server.enqueue(json(200, fixture("linkedin/posts_p2.json")));
        PostPage p1 = client.posts(account(ORG), new PageRequest(null, Instant.EPOCH, null, 2));
        PostPage p2 = client.posts(account(ORG), new PageRequest("2", Instant.EPOCH, null, 2));

        PostDraft gallery = p1.posts().get(0);
        assertEquals("Tour dates are out (finally)! Thanks Live Nation #tour", gallery.caption());
        assertEquals(Instant.parse("2026-03-02T17:04:05Z"), gallery.postedAt(), "publishedAt, epoch ms");
        assertEquals(MediaType.CAROUSEL, gallery.mediaType());
        assertEquals(List.of(new Media(MediaType.IMAGE, null, null), new Media(MediaType.IMAGE, null, null)), gallery.media());
        assertEquals("https://www.linkedin.com/feed/update/urn:li:share:7100000000000000001/", gallery.permalink());
        assertEquals("PUBLIC", gallery.visibility());
        assertEquals(Metrics.NONE, gallery.metrics(), "counts come from metrics()");
        assertEquals(IngestSource.POLL, gallery.ingestSource());
        assertFalse(gallery.repost());

        PostDraft video = p1.posts().get(1);
        assertEquals(MediaType.VIDEO, video.mediaType());
        assertEquals("https://www.linkedin.com/feed/update/urn:li:ugcPost:7100000000000000002/", video.permalink());

        assertEquals(MediaType.LINK, p2.posts().get(0).mediaType(), "article");
        assertTrue(p2.posts().get(0).media().isEmpty());
        PostDraft reshare = p2.posts().get(1);
        assertEquals(MediaType.TEXT, reshare.mediaType());
        assertEquals("Just words, a #1 day @home", reshare.caption());
        assertTrue(reshare.repost());
        assertEquals("CONNECTIONS", reshare.visibility());
    }

    @Test
    void draftsAreLeftOutButStillCountTowardsThePage() {
        server.enqueue(json(200, fixture("linkedin/posts_with_draft.json")));

        PostPage page = client.posts(account(ORG), new PageRequest(null, Instant.EPOCH, null, 2));

        assertEquals(List.of("urn:li:share:7100000000000000005"), ids(page));
        assertEquals("2", page.nextCursor(), "two elements came back for count 2: there may be more");
    }

    @Test
    void profileOfAnOrganizationAndOfAMember() throws Exception {
        server.enqueue(json(200, fixture("linkedin/organization.json")));
        server.enqueue(json(200, fixture("linkedin/userinfo.json")));

        AccountProfile page = client.profile(account(ORG));
        AccountProfile member = client.profile(account("urn:li:person:782bbtaQ"));

        assertEquals(new AccountProfile(ORG, "the-band", "The Band", "https://www.linkedin.com/company/the-band/", null), page);
        assertEquals(new AccountProfile("urn:li:person:782bbtaQ", null, "Jamie Singer", null, null), member);
        assertEquals("/rest/organizations/2414183", takeVersioned().getUrl().encodedPath());
        assertEquals("/v2/userinfo", takeVersioned().getUrl().encodedPath());
    }

    @Test
    void organizationMetricsComeFromShareStatisticsOneRequestPerUrnKind() throws Exception {
        server.enqueue(json(200, fixture("linkedin/share_statistics.json")));
        server.enqueue(json(200, fixture("linkedin/ugcpost_statistics.json")));

        List<MetricsUpdate> updates = client.metrics(account(ORG), List.of("urn:li:share:7100000000000000001",
                "urn:li:ugcPost:7100000000000000002", "urn:li:share:7100000000000000003"));

        assertEquals(List.of(
                new MetricsUpdate("urn:li:share:7100000000000000001", new Metrics(55L, 6L, 4L, 1200L)),
                new MetricsUpdate("urn:li:share:7100000000000000003", new Metrics(2L, 0L, 0L, 90L)),
                new MetricsUpdate("urn:li:ugcPost:7100000000000000002", new Metrics(20L, 2L, 1L, 400L))), updates);
        RecordedRequest shares = takeVersioned();
        assertEquals("/rest/organizationalEntityShareStatistics", shares.getUrl().encodedPath());
        assertEquals("q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A2414183"
                + "&shares=List(urn%3Ali%3Ashare%3A7100000000000000001,urn%3Ali%3Ashare%3A7100000000000000003)",
                shares.getUrl().encodedQuery());
        assertTrue(takeVersioned().getUrl().encodedQuery().endsWith("&ugcPosts=List(urn%3Ali%3AugcPost%3A7100000000000000002)"));
    }

    @Test
    void memberMetricsComeFromSocialActionsPerPost() throws Exception {
        server.enqueue(json(200, fixture("linkedin/social_actions.json")));

        List<MetricsUpdate> updates = client.metrics(account("urn:li:person:782bbtaQ"), List.of("urn:li:share:7200000000000000001"));

        assertEquals(List.of(new MetricsUpdate("urn:li:share:7200000000000000001", new Metrics(14L, 5L, null, null))), updates);
        assertEquals("/rest/socialActions/urn%3Ali%3Ashare%3A7200000000000000001", takeVersioned().getUrl().encodedPath());
    }

    @Test
    void aServerErrorIsRetriedAndThenSucceeds() {
        server.enqueue(json(503, "{\"status\":503,\"message\":\"Service Unavailable\"}"));
        server.enqueue(json(200, fixture("linkedin/posts_p3.json")));

        PostPage page = client.posts(account(ORG), new PageRequest("4", Instant.EPOCH, null, 2));

        assertEquals(1, page.posts().size());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void unreadableJsonIsAMalformedPayload() {
        server.enqueue(json(200, "{\"elements\":[{\"id\":\"urn:li:share:1\",\"createdAt\":}]}"));

        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> client.posts(account(ORG), PageRequest.first(Instant.EPOCH, null)));
        assertNoToken(e);
    }

    @Test
    void theVersionIsConfigurableAndChecked() throws Exception {
        LinkedInClient older = new LinkedInClient(http(), bases(Platform.LINKEDIN, server), "202510");
        server.enqueue(json(200, fixture("linkedin/posts_p3.json")));

        older.posts(account(ORG), PageRequest.first(Instant.EPOCH, null));

        assertEquals("202510", take(server).getHeaders().get("LinkedIn-Version"));
        assertThrows(IllegalArgumentException.class, () -> new LinkedInClient(http(), bases(Platform.LINKEDIN, server), "v2"));
    }

    private static List<String> ids(PostPage page) {
        return page.posts().stream().map(PostDraft::externalPostId).toList();
    }
}
