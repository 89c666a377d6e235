package app.backline.platform.tiktok;

import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.MalformedPayloadException;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PlatformClient;
import app.backline.platform.PostPage;
import app.backline.platform.tiktok.TikTokDtos.FiltersDto;
import app.backline.platform.tiktok.TikTokDtos.UserInfoResponseDto;
import app.backline.platform.tiktok.TikTokDtos.VideoDto;
import app.backline.platform.tiktok.TikTokDtos.VideoListDataDto;
import app.backline.platform.tiktok.TikTokDtos.VideoListRequestDto;
import app.backline.platform.tiktok.TikTokDtos.VideoListResponseDto;
import app.backline.platform.tiktok.TikTokDtos.VideoQueryRequestDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.util.ArrayList;
import java.util.List;

/**
 * TikTok's Display API v2 on {@code open.tiktokapis.com} (platform-apis.md §3.2), bearer token in the header:
 * <ul>
 *   <li>{@link #profile}: {@code GET /v2/user/info/?fields=open_id,union_id,avatar_url,display_name,username,profile_deep_link}
 *       (scopes user.info.basic and user.info.profile)</li>
 *   <li>{@link #posts}: {@code POST /v2/video/list/?fields=…} with {@code {"max_count":≤20,"cursor":ms}}; the next
 *       cursor is {@code data.cursor} (epoch ms) while {@code data.has_more}</li>
 *   <li>{@link #metrics}: {@code POST /v2/video/query/?fields=id,like_count,comment_count,share_count,view_count}
 *       with {@code {"filters":{"video_ids":[…]}}}, at most 20 ids</li>
 * </ul>
 * An {@code error.code} other than {@code "ok"} fails the call even on HTTP 200 ({@link TikTokErrors}); such a
 * 200 answer is not retried within the call.
 */
public final class TikTokClient implements PlatformClient {

    public static final String HOST = "https://open.tiktokapis.com";
    static final String USER_FIELDS = "open_id,union_id,avatar_url,display_name,username,profile_deep_link";
    static final String VIDEO_FIELDS = "id,create_time,cover_image_url,share_url,video_description,duration,title,"
            + "like_count,comment_count,share_count,view_count";
    static final String METRIC_FIELDS = "id,like_count,comment_count,share_count,view_count";
    private static final int MAX_COUNT = 20;
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

    private final ApiHttp http;
    private final ApiBases bases;
    private final TikTokErrors errors;
    private final TikTokMapper mapper = new TikTokMapper();

    public TikTokClient(ApiHttp http, ApiBases bases) {
        this.http = http;
        this.bases = bases;
        this.errors = new TikTokErrors(http);
    }

    @Override
    public Platform platform() {
        return Platform.TIKTOK;
    }

    @Override
    public AccountProfile profile(ApiConnection connection) {
        Request request = authorized(connection, url("/v2/user/info/", USER_FIELDS)).get().build();
        UserInfoResponseDto answer = call(connection, request, UserInfoResponseDto.class);
        return mapper.profile(answer.data() == null ? null : answer.data().user());
    }

    @Override
    public PostPage posts(ApiConnection connection, PageRequest request) {
        int maxCount = Math.max(1, Math.min(request.pageSize(), MAX_COUNT));
        VideoListRequestDto body = new VideoListRequestDto(maxCount, cursorMillis(request.cursor()));
        VideoListDataDto data = videos(connection, url("/v2/video/list/", VIDEO_FIELDS), body);
        List<PostDraft> drafts = data.videos() == null ? List.of() : data.videos().stream().map(mapper::post).toList();
        return new PostPage(drafts, nextCursor(data, request.cursor()));
    }

    @Override
    public List<MetricsUpdate> metrics(ApiConnection connection, List<String> externalPostIds) {
        List<MetricsUpdate> updates = new ArrayList<>();
        for (int from = 0; from < externalPostIds.size(); from += MAX_COUNT) {
            List<String> batch = externalPostIds.subList(from, Math.min(from + MAX_COUNT, externalPostIds.size()));
            VideoQueryRequestDto body = new VideoQueryRequestDto(new FiltersDto(List.copyOf(batch)));
            VideoListDataDto data = videos(connection, url("/v2/video/query/", METRIC_FIELDS), body);
            for (VideoDto video : data.videos() == null ? List.<VideoDto>of() : data.videos()) {
                if (video.id() != null) {
                    updates.add(new MetricsUpdate(video.id(), mapper.metrics(video)));
                }
            }
        }
        return updates;
    }

    /** {@code /v2/video/query/} takes at most 20 ids. */
    @Override
    public int metricsBatchSize() {
        return MAX_COUNT;
    }

    private VideoListDataDto videos(ApiConnection connection, HttpUrl url, Object body) {
        Request request = authorized(connection, url).post(RequestBody.create(write(body), JSON)).build();
        VideoListResponseDto answer = call(connection, request, VideoListResponseDto.class);
        return answer.data() == null ? new VideoListDataDto(List.of(), null, false) : answer.data();
    }

    /** Sends and parses; an error envelope on HTTP 200 has already failed in {@code send}, after retries where transient. */
    private <T extends TikTokDtos.Enveloped> T call(ApiConnection connection, Request request, Class<T> type) {
        return http.parse(Platform.TIKTOK, http.send(connection, request, 1, errors), type);
    }

    /** {@code data.cursor} while {@code has_more}; a cursor that does not move ends the paging rather than looping. */
    private static String nextCursor(VideoListDataDto data, String previous) {
        if (!Boolean.TRUE.equals(data.hasMore()) || data.cursor() == null) {
            return null;
        }
        String next = Long.toString(data.cursor());
        return next.equals(previous) ? null : next;
    }

    /** Our own cursor text back to epoch ms; one that is not a number starts from the newest video. */
    private static Long cursorMillis(String cursor) {
        try {
            return cursor == null ? null : Long.valueOf(cursor.strip());
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    private HttpUrl url(String path, String fields) {
        return bases.url(Platform.TIKTOK, HOST, path).addQueryParameter("fields", fields).build();
    }

    private static Request.Builder authorized(ApiConnection connection, HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + connection.accessToken().reveal());
    }

    private String write(Object body) {
        try {
            return http.json().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(Platform.TIKTOK, "Backline could not write a TikTok request body", e);
        }
    }
}
