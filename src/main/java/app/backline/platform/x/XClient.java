package app.backline.platform.x;

import app.backline.domain.Platform;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.ApiResponse;
import app.backline.platform.MalformedPayloadException;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PlatformClient;
import app.backline.platform.PostPage;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * X API v2 (platform-apis.md §5) with the account's OAuth 2.0 user access token:
 * <ul>
 *   <li>{@link #profile}: {@code GET /2/users/me?user.fields=username,name,profile_image_url,public_metrics}</li>
 *   <li>{@link #posts}: {@code GET /2/users/{id}/tweets} with {@code max_results} 5–100,
 *       {@code pagination_token} (the cursor, from {@code meta.next_token}; absent on the last page),
 *       {@code since_id}, {@code start_time} (RFC 3339, from {@code notBefore}), post fields, media
 *       expansions. An answer with only {@code errors[]} is an empty page; partial errors become
 *       {@link PostPage#skipped()} notes. X returns at most the 3,200 newest posts.</li>
 *   <li>{@link #metrics}: {@code GET /2/tweets?ids=…&tweet.fields=public_metrics}, up to 100 ids.</li>
 * </ul>
 * Errors: see {@link XProblems}; when an answer leaves {@code x-rate-limit-remaining: 0}, the next call
 * waits for the reset (see {@link XRateWindows}). Thread-safe.
 */
public final class XClient implements PlatformClient {

    static final String HOST = "https://api.x.com";
    static final String TWEET_FIELDS =
            "created_at,public_metrics,entities,attachments,referenced_tweets,lang,conversation_id,note_tweet";
    /** X refuses {@code start_time} before this day. */
    private static final Instant OLDEST_START_TIME = Instant.parse("2010-11-06T00:00:01Z");

    private final ApiHttp http;
    private final ApiBases bases;
    private final XProblems problems;
    private final XRateWindows windows;
    private final XPostMapper mapper = new XPostMapper();

    public XClient(ApiHttp http, ApiBases bases) {
        this.http = http;
        this.bases = bases;
        this.problems = new XProblems(http);
        this.windows = new XRateWindows(http.clock());
    }

    @Override
    public Platform platform() {
        return Platform.X;
    }

    @Override
    public AccountProfile profile(ApiConnection connection) {
        HttpUrl url = bases.url(Platform.X, HOST, "/2/users/me")
                .addQueryParameter("user.fields", "username,name,profile_image_url,public_metrics").build();
        XDtos.UserEnvelope body = http.parse(Platform.X, get(connection, "users/me", url), XDtos.UserEnvelope.class);
        XDtos.User user = body.data();
        if (user == null || user.id() == null) {
            if (body.errors() != null && !body.errors().isEmpty()) {
                throw new PermissionMissingException(Platform.X,
                        "X could not return the account: " + XProblems.skippedNote(body.errors().get(0)));
            }
            throw new MalformedPayloadException(Platform.X, "X answered without the account's id");
        }
        String profileUrl = user.username() == null ? null : "https://x.com/" + user.username();
        return new AccountProfile(user.id(), user.username(), user.name(), profileUrl, null);
    }

    @Override
    public PostPage posts(ApiConnection connection, PageRequest request) {
        String userId = connection.externalUserId() != null ? connection.externalUserId()
                : profile(connection).externalUserId();
        HttpUrl.Builder url = bases.url(Platform.X, HOST, "/2/users").addPathSegment(userId).addPathSegment("tweets")
                .addQueryParameter("max_results", Integer.toString(Math.max(5, Math.min(100, request.pageSize()))))
                .addQueryParameter("tweet.fields", TWEET_FIELDS)
                .addQueryParameter("expansions", "attachments.media_keys")
                .addQueryParameter("media.fields", "type,url,preview_image_url,width,height");
        if (request.cursor() != null) {
            url.addQueryParameter("pagination_token", request.cursor());
        }
        if (request.sinceId() != null && !request.sinceId().isBlank()) {
            url.addQueryParameter("since_id", request.sinceId());
        }
        if (request.notBefore() != null && request.notBefore().isAfter(OLDEST_START_TIME)) {
            url.addQueryParameter("start_time", request.notBefore().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        ApiResponse response = get(connection, "users/:id/tweets", url.build());
        return mapper.page(http.parse(Platform.X, response, XDtos.Timeline.class), connection.handle());
    }

    @Override
    public List<MetricsUpdate> metrics(ApiConnection connection, List<String> externalPostIds) {
        if (externalPostIds.isEmpty()) {
            return List.of();
        }
        if (externalPostIds.size() > metricsBatchSize()) {
            throw new IllegalArgumentException("X looks up at most 100 posts at once, not " + externalPostIds.size());
        }
        HttpUrl url = bases.url(Platform.X, HOST, "/2/tweets")
                .addQueryParameter("ids", String.join(",", externalPostIds))
                .addQueryParameter("tweet.fields", "public_metrics").build();
        return mapper.metrics(http.parse(Platform.X, get(connection, "tweets", url), XDtos.Timeline.class));
    }

    @Override
    public int metricsBatchSize() {
        return 100;
    }

    private ApiResponse get(ApiConnection connection, String endpoint, HttpUrl url) {
        windows.check(connection, endpoint);
        Request request = new Request.Builder().url(url)
                .header("Authorization", "Bearer " + connection.accessToken().reveal()).build();
        ApiResponse response = http.send(connection, request, 1, problems);
        windows.record(connection, endpoint, response);
        return response;
    }
}
