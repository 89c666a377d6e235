package app.backline.platform.instagram;

import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.ApiResponse;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PlatformClient;
import app.backline.platform.PostPage;
import app.backline.platform.instagram.InstagramDtos.MediaByIdDto;
import app.backline.platform.instagram.InstagramDtos.MediaPageDto;
import app.backline.platform.instagram.InstagramDtos.PagingDto;
import app.backline.platform.instagram.InstagramDtos.UserDto;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Instagram through the Graph API (platform-apis.md §2). Accounts connected with Instagram Login use
 * {@code graph.instagram.com}; {@link ApiConnection#variant()} {@code "facebook"} (Facebook Login) uses
 * {@code graph.facebook.com}. The access token travels in the {@code Authorization} header, never in a URL.
 *
 * <ul>
 *   <li>{@link #profile}: {@code GET /v25.0/me} (Instagram Login) or {@code GET /v25.0/{ig-user-id}} (Facebook Login)</li>
 *   <li>{@link #posts}: {@code GET /v25.0/{ig-user-id}/media?fields=…&limit=…&after=…}; the cursor is
 *       {@code paging.cursors.after}, and there is none once {@code paging.next} is gone. The payload's absolute
 *       {@code next} link is never followed: it carries the token and the real host.</li>
 *   <li>{@link #metrics}: one multi-id lookup {@code GET /v25.0/?ids=a,b,…&fields=like_count,comments_count}
 *       (an object keyed by id) per batch of at most 50</li>
 * </ul>
 */
public final class InstagramClient implements PlatformClient {

    /** The Graph version all paths are pinned to (the version platform-apis.md §2 shows for 2026). */
    public static final String GRAPH_VERSION = "v25.0";
    public static final String INSTAGRAM_HOST = "https://graph.instagram.com";
    public static final String FACEBOOK_HOST = "https://graph.facebook.com";
    /** {@link ApiConnection#variant()} of accounts connected through Facebook Login. */
    public static final String FACEBOOK_VARIANT = "facebook";

    static final String MEDIA_FIELDS = "id,caption,media_type,media_product_type,media_url,thumbnail_url,permalink,"
            + "timestamp,like_count,comments_count,children{media_type,media_url,thumbnail_url}";
    static final String PROFILE_FIELDS = "id,username,name,profile_picture_url";
    static final String METRIC_FIELDS = "id,like_count,comments_count";
    private static final int MAX_LIMIT = 100;
    private static final int METRICS_BATCH = 50;

    private final ApiHttp http;
    private final ApiBases bases;
    private final InstagramErrors errors;
    private final InstagramThrottle throttle;
    private final InstagramMapper mapper = new InstagramMapper();

    public InstagramClient(ApiHttp http, ApiBases bases) {
        this.http = http;
        this.bases = bases;
        InstagramUsage usage = new InstagramUsage(http.json());
        this.errors = new InstagramErrors(http, usage);
        this.throttle = new InstagramThrottle(usage, http.clock());
    }

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    /** One call: refused early while Meta reports usage near the limit; the answer's usage is noted. */
    private <T> T send(ApiConnection connection, Request request, Class<T> type) {
        throttle.check(connection);
        ApiResponse response = http.send(connection, request, 1, errors);
        throttle.record(connection, response);
        return http.parse(Platform.INSTAGRAM, response, type);
    }

    @Override
    public AccountProfile profile(ApiConnection connection) {
        boolean facebook = facebook(connection);
        String node = facebook ? requireUserId(connection) : "me";
        String fields = facebook ? PROFILE_FIELDS : "user_id," + PROFILE_FIELDS;
        HttpUrl url = url(connection, "/" + node).addQueryParameter("fields", fields).build();
        UserDto user = send(connection, get(connection, url), UserDto.class);
        return mapper.profile(user, facebook ? node : connection.externalUserId());
    }

    @Override
    public PostPage posts(ApiConnection connection, PageRequest request) {
        HttpUrl.Builder url = url(connection, "/" + mediaOwner(connection) + "/media")
                .addQueryParameter("fields", MEDIA_FIELDS)
                .addQueryParameter("limit", Integer.toString(Math.max(1, Math.min(request.pageSize(), MAX_LIMIT))));
        if (request.cursor() != null) {
            url.addQueryParameter("after", request.cursor());
        }
        MediaPageDto page = send(connection, get(connection, url.build()), MediaPageDto.class);
        List<PostDraft> drafts = page.data() == null ? List.of() : page.data().stream().map(mapper::post).toList();
        return new PostPage(drafts, nextCursor(page.paging(), request.cursor()));
    }

    @Override
    public List<MetricsUpdate> metrics(ApiConnection connection, List<String> externalPostIds) {
        List<MetricsUpdate> updates = new ArrayList<>();
        for (int from = 0; from < externalPostIds.size(); from += METRICS_BATCH) {
            List<String> batch = externalPostIds.subList(from, Math.min(from + METRICS_BATCH, externalPostIds.size()));
            HttpUrl url = url(connection, "/")
                    .addQueryParameter("ids", String.join(",", batch))
                    .addQueryParameter("fields", METRIC_FIELDS).build();
            MediaByIdDto found = send(connection, get(connection, url), MediaByIdDto.class);
            for (Map.Entry<String, InstagramDtos.MediaDto> media : found.byId().entrySet()) {
                updates.add(new MetricsUpdate(media.getKey(), mapper.metrics(media.getValue())));
            }
        }
        return updates;
    }

    @Override
    public int metricsBatchSize() {
        return METRICS_BATCH;
    }

    /**
     * The {@code after} cursor while a next page exists. When a payload has {@code next} but no cursors,
     * the cursor is read from the link's query; the link itself is never requested. A cursor that does not
     * move ends the paging rather than looping.
     */
    private static String nextCursor(PagingDto paging, String previous) {
        if (paging == null || paging.next() == null) {
            return null;
        }
        String after = paging.cursors() == null ? null : paging.cursors().after();
        if (after == null) {
            HttpUrl next = HttpUrl.parse(paging.next());
            after = next == null ? null : next.queryParameter("after");
        }
        return after == null || after.equals(previous) ? null : after;
    }

    /** The account's id, or {@code me} for Instagram Login accounts whose id is not known yet. */
    private static String mediaOwner(ApiConnection connection) {
        String id = connection.externalUserId();
        return id != null && !id.isBlank() ? id : facebook(connection) ? requireUserId(connection) : "me";
    }

    private HttpUrl.Builder url(ApiConnection connection, String path) {
        String host = facebook(connection) ? FACEBOOK_HOST : INSTAGRAM_HOST;
        return bases.url(Platform.INSTAGRAM, host, "/" + GRAPH_VERSION + path);
    }

    private static Request get(ApiConnection connection, HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Authorization", "Bearer " + connection.accessToken().reveal())
                .get().build();
    }

    private static boolean facebook(ApiConnection connection) {
        return FACEBOOK_VARIANT.equalsIgnoreCase(connection.variant());
    }

    private static String requireUserId(ApiConnection connection) {
        String id = connection.externalUserId();
        if (id == null || id.isBlank()) {
            throw new PermissionMissingException(Platform.INSTAGRAM,
                    "This Instagram account needs its Instagram user id (Facebook Login has no /me for it)");
        }
        return id;
    }
}
