package app.backline.platform.youtube;

import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PlatformClient;
import app.backline.platform.PostPage;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * YouTube Data API v3 (platform-apis.md §4) with the account's Google access token. Every call is a list
 * call of 1 quota unit:
 * <ul>
 *   <li>{@link #profile}: {@code channels?part=snippet,contentDetails,statistics} with {@code id=} when
 *       the account's user id is a channel id, else {@code mine=true}; gives the uploads playlist.</li>
 *   <li>{@link #posts}: {@code playlistItems?part=snippet,contentDetails&playlistId=<uploads>&maxResults=≤50
 *       &pageToken=…}, then {@code videos?part=snippet,statistics,contentDetails,status&id=…} for the page's
 *       videos. The uploads playlist comes from the channel id ({@code UC…} → {@code UU…}) or, once, from
 *       {@link #profile}, and rides in the cursor ({@link UploadsCursor}): 2 units a page. With
 *       {@code sinceId} the page ends at that video (newest first) and paging stops, so a poll that finds
 *       nothing new costs 1 unit. Playlist entries {@code videos.list} does not return (deleted videos) are
 *       {@link PostPage#skipped()} notes.</li>
 *   <li>{@link #metrics}: {@code videos?part=statistics&id=…}, up to 50 ids.</li>
 * </ul>
 * Each GET sends {@code If-None-Match} with the entity tag of its last answer and reuses that body on
 * {@code 304} ({@link ConditionalGets}). Errors: {@link YouTubeErrors}. Thread-safe.
 */
public final class YouTubeClient implements PlatformClient {

    static final String HOST = "https://www.googleapis.com";
    private static final int MAX_PAGE = 50;

    private final ApiBases bases;
    private final ConditionalGets gets;
    private final YouTubeVideoMapper mapper = new YouTubeVideoMapper();

    public YouTubeClient(ApiHttp http, ApiBases bases) {
        this(http, bases, 256);
    }

    /** @param etagCapacity how many answers the ETag cache keeps */
    YouTubeClient(ApiHttp http, ApiBases bases, int etagCapacity) {
        this.bases = bases;
        this.gets = new ConditionalGets(http, new YouTubeErrors(http), new ETagCache(etagCapacity));
    }

    @Override
    public Platform platform() {
        return Platform.YOUTUBE;
    }

    @Override
    public AccountProfile profile(ApiConnection connection) {
        HttpUrl.Builder url = api("channels").addQueryParameter("part", "snippet,contentDetails,statistics");
        String channelId = connection.externalUserId();
        boolean byId = UploadsCursor.uploadsOf(channelId) != null;
        url = byId ? url.addQueryParameter("id", channelId) : url.addQueryParameter("mine", "true");
        YouTubeDtos.ChannelList list = gets.get(connection, url.build(), YouTubeDtos.ChannelList.class);
        YouTubeDtos.Channel channel = list.items() == null ? null : list.items().stream()
                .filter(c -> !byId || channelId.equals(c.id())).findFirst().orElse(null);
        if (channel == null || channel.id() == null) {
            throw new PermissionMissingException(Platform.YOUTUBE, byId
                    ? "YouTube has no channel " + channelId + ": check the account's channel id"
                    : "This Google account has no YouTube channel");
        }
        return YouTubeProfiles.of(channel);
    }

    @Override
    public PostPage posts(ApiConnection connection, PageRequest request) {
        String derived = UploadsCursor.uploadsOf(connection.externalUserId());
        UploadsCursor cursor = request.cursor() != null ? UploadsCursor.parse(request.cursor(), derived)
                : new UploadsCursor(derived, null);
        if (cursor.playlistId() == null) {
            cursor = new UploadsCursor(uploadsFromProfile(connection), cursor.pageToken());
        }
        HttpUrl.Builder url = api("playlistItems").addQueryParameter("part", "snippet,contentDetails")
                .addQueryParameter("playlistId", cursor.playlistId())
                .addQueryParameter("maxResults", Integer.toString(Math.max(1, Math.min(MAX_PAGE, request.pageSize()))));
        if (cursor.pageToken() != null) {
            url.addQueryParameter("pageToken", cursor.pageToken());
        }
        YouTubeDtos.PlaylistItemList items = gets.get(connection, url.build(), YouTubeDtos.PlaylistItemList.class);
        List<String> ids = new ArrayList<>();
        boolean reachedKnown = false;
        for (YouTubeDtos.PlaylistItem item : items.entries()) {
            String id = item.videoId();
            if (id != null && id.equals(request.sinceId())) {
                reachedKnown = true;
                break;
            }
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        String next = reachedKnown || items.nextPageToken() == null ? null
                : new UploadsCursor(cursor.playlistId(), items.nextPageToken()).encode();
        return page(connection, ids, next);
    }

    @Override
    public List<MetricsUpdate> metrics(ApiConnection connection, List<String> externalPostIds) {
        if (externalPostIds.isEmpty()) {
            return List.of();
        }
        if (externalPostIds.size() > MAX_PAGE) {
            throw new IllegalArgumentException("YouTube looks up at most 50 videos at once, not " + externalPostIds.size());
        }
        HttpUrl url = api("videos").addQueryParameter("part", "statistics")
                .addQueryParameter("id", String.join(",", externalPostIds)).build();
        return gets.get(connection, url, YouTubeDtos.VideoList.class).entries().stream().filter(v -> v.id() != null)
                .map(v -> new MetricsUpdate(v.id(), YouTubeVideoMapper.metrics(v))).toList();
    }

    /** The page's videos in playlist order; ids {@code videos.list} did not return become skipped notes. */
    private PostPage page(ApiConnection connection, List<String> ids, String next) {
        if (ids.isEmpty()) {
            return new PostPage(List.of(), next);
        }
        HttpUrl url = api("videos").addQueryParameter("part", "snippet,statistics,contentDetails,status")
                .addQueryParameter("id", String.join(",", ids)).build();
        Map<String, YouTubeDtos.Video> videos = gets.get(connection, url, YouTubeDtos.VideoList.class).entries().stream()
                .filter(v -> v.id() != null).collect(Collectors.toMap(YouTubeDtos.Video::id, Function.identity(), (a, b) -> a));
        List<PostDraft> posts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String id : ids) {
            PostDraft draft = videos.containsKey(id) ? mapper.draft(videos.get(id)) : null;
            if (draft != null) {
                posts.add(draft);
            } else {
                skipped.add("YouTube did not return video " + id + " (deleted, or without a publish time)");
            }
        }
        return new PostPage(posts, next, skipped);
    }

    private String uploadsFromProfile(ApiConnection connection) {
        String uploads = profile(connection).uploadsPlaylistId();
        if (uploads == null || uploads.isBlank()) {
            throw new PermissionMissingException(Platform.YOUTUBE, "YouTube shows no uploads for this channel");
        }
        return uploads;
    }

    private HttpUrl.Builder api(String resource) {
        return bases.url(Platform.YOUTUBE, HOST, "/youtube/v3/" + resource);
    }
}
