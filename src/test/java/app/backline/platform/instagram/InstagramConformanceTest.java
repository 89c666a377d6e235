package app.backline.platform.instagram;

import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiConnection;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PostPage;
import app.backline.platform.RateLimitedException;
import app.backline.platform.RequestMeter;
import app.backline.platform.TokenRejectedException;
import app.backline.testing.MockApiTest;
import mockwebserver3.RecordedRequest;
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

/** The recorded Graph payloads in ../shared/platform-samples/instagram, served by a local server. */
class InstagramConformanceTest extends MockApiTest<InstagramClient> {

    private static final String GRAPH_USER = "17841406338772941";

    InstagramConformanceTest() {
        super(Platform.INSTAGRAM, InstagramClient::new);
    }

    private static ApiConnection facebookAccount() {
        return connection(Platform.INSTAGRAM, GRAPH_USER, "facebook", RequestMeter.unmetered());
    }

    @Test
    void graphMediaPagesOneAndTwoWithACarousel() throws Exception {
        server.enqueue(json(200, sample("instagram/graph/user_media_p1.json")));
        server.enqueue(json(200, sample("instagram/graph/user_media_p2.json")));

        PageRequest first = PageRequest.first(Instant.EPOCH, null);
        PostPage p1 = client.posts(facebookAccount(), first);
        PostPage p2 = client.posts(facebookAccount(), first.next(p1));

        assertEquals(2, p1.posts().size());
        PostDraft a = p1.posts().get(0);
        assertEquals("17895731045244887", a.externalPostId());
        assertEquals("", a.caption(), "the recorded item has no caption key");
        assertEquals(MediaType.IMAGE, a.mediaType());
        assertEquals(Instant.parse("2021-08-13T08:25:28Z"), a.postedAt());
        assertEquals(new Metrics(0L, 0L, null, null), a.metrics());
        assertEquals("https://www.instagram.com/p/CSgf9BChwVq/", a.permalink());
        assertTrue(a.media().get(0).remoteUrl().startsWith("https://scontent-gmp1-1.cdninstagram.com/v/t51.29350-15/235924128_"));
        PostDraft b = p1.posts().get(1);
        assertEquals("17896622936197745", b.externalPostId());
        assertEquals(new Metrics(2L, 6L, null, null), b.metrics());
        assertEquals(Instant.parse("2021-08-13T08:02:40Z"), b.postedAt());
        assertEquals("after", p1.nextCursor(), "the recorded (placeholdered) after cursor");

        PostDraft album = p2.posts().get(0);
        assertEquals("17896129349106152", album.externalPostId());
        assertEquals("ALBUM", album.caption());
        assertEquals(MediaType.CAROUSEL, album.mediaType());
        assertEquals(Instant.parse("2021-07-26T10:45:20Z"), album.postedAt());
        assertEquals(new Metrics(1L, 0L, null, null), album.metrics());
        assertEquals("https://www.instagram.com/p/CRyZpmrjYC4/", album.permalink());
        assertEquals(List.of(MediaType.IMAGE, MediaType.IMAGE, MediaType.VIDEO),
                album.media().stream().map(Media::type).toList());
        assertTrue(album.media().get(2).remoteUrl().contains("225731613_806163340088077"), "video child → its thumbnail");
        PostDraft peach = p2.posts().get(1);
        assertEquals("Peach new", peach.caption());
        assertEquals(Instant.parse("2021-06-09T09:47:29Z"), peach.postedAt());
        assertNull(p2.nextCursor(), "page 2 has only paging.previous");

        RecordedRequest r1 = take(server);
        RecordedRequest r2 = take(server);
        assertEquals("/v25.0/" + GRAPH_USER + "/media", r1.getUrl().encodedPath());
        assertEquals("/v25.0/" + GRAPH_USER + "/media", r2.getUrl().encodedPath(), "the recorded v6.0 next link is not followed");
        assertEquals("after", r2.getUrl().queryParameter("after"));
        assertNull(r2.getUrl().queryParameter("access_token"));
    }

    @Test
    void multiIdLookupKeyedByIdGivesMetrics() throws Exception {
        server.enqueue(json(200, sample("instagram/graph/media_multi_ids.json")));

        List<MetricsUpdate> updates = client.metrics(facebookAccount(), List.of("17893085207160254", "17896129349106152"));

        assertEquals(List.of(new MetricsUpdate("17893085207160254", new Metrics(1L, 0L, null, null)),
                new MetricsUpdate("17896129349106152", new Metrics(1L, 0L, null, null))), updates);
        assertEquals("17893085207160254,17896129349106152", take(server).getUrl().queryParameter("ids"));
    }

    @Test
    void graphProfileOfAFacebookLoginAccount() throws Exception {
        server.enqueue(json(200, sample("instagram/graph/user_profile.json")));

        AccountProfile profile = client.profile(connection(Platform.INSTAGRAM, "17841407673135339", "facebook",
                RequestMeter.unmetered()));

        assertEquals(new AccountProfile("17841407673135339", "facebookfordevelopers", "Facebook for Developers",
                "https://www.instagram.com/facebookfordevelopers/", null), profile);
        assertEquals("/v25.0/17841407673135339", take(server).getUrl().encodedPath());
    }

    @Test
    void basicDisplayShapesFromGraphInstagramCom() throws Exception {
        server.enqueue(json(200, sample("instagram/basic-display/me.json")));
        server.enqueue(json(200, sample("instagram/basic-display/me_media_p1.json")));
        server.enqueue(json(200, sample("instagram/basic-display/me_media_p2.json")));
        ApiConnection fresh = connection(Platform.INSTAGRAM, null, null, RequestMeter.unmetered());

        AccountProfile profile = client.profile(fresh);
        ApiConnection known = connection(Platform.INSTAGRAM, profile.externalUserId(), null, RequestMeter.unmetered());
        PostPage p1 = client.posts(known, PageRequest.first(Instant.EPOCH, null));
        PostPage p2 = client.posts(known, PageRequest.first(Instant.EPOCH, null).next(p1));

        assertEquals(new AccountProfile(GRAPH_USER, "ikroskun", null, "https://www.instagram.com/ikroskun/", null), profile);
        assertEquals(List.of("17846368219941692", "18091893643133286"),
                p1.posts().stream().map(PostDraft::externalPostId).toList());
        assertEquals("Cute.. #cute #loveyou  @ikroskun", p1.posts().get(0).caption());
        assertEquals(Metrics.NONE, p1.posts().get(0).metrics(), "Basic Display has no counts");
        assertEquals(Instant.parse("2020-02-13T10:35:40Z"), p1.posts().get(0).postedAt());
        assertEquals("#日出 #华山 @onesight.cn", p2.posts().get(0).caption());
        assertEquals("楼下突现一棵柿子树", p2.posts().get(1).caption());
        assertEquals(Instant.parse("2018-08-15T01:44:41Z"), p2.posts().get(1).postedAt());
        assertNull(p2.nextCursor());
        assertEquals("/v25.0/me", take(server).getUrl().encodedPath());
        assertEquals("/v25.0/" + GRAPH_USER + "/media", take(server).getUrl().encodedPath());
        assertEquals("after", take(server).getUrl().queryParameter("after"));
    }

    @Test
    void recordedErrorsMapToTheHierarchy() {
        ApiConnection account = facebookAccount();
        PageRequest first = PageRequest.first(Instant.EPOCH, null);

        server.enqueue(json(400, sample("instagram/errors/oauth_exception_190_463_session_expired.json")));
        TokenRejectedException expired = assertThrows(TokenRejectedException.class, () -> client.posts(account, first));
        assertTrue(expired.getMessage().contains("session has expired"));
        assertNoToken(expired);

        server.enqueue(json(403, sample("instagram/errors/oauth_exception_4_app_request_limit.json")));
        assertThrows(RateLimitedException.class, () -> client.posts(account, first));

        server.enqueue(json(400, sample("instagram/errors/oauth_exception_100_missing_permission.json")));
        assertThrows(PermissionMissingException.class, () -> client.posts(account, first));

        server.enqueue(json(400, sample("instagram/errors/oauth_exception_100_app_secret_proof.json")));
        assertThrows(PermissionMissingException.class, () -> client.posts(account, first));
        assertEquals(4, server.getRequestCount(), "none of these is retried");
    }
}
