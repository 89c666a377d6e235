package app.backline.bench;

import app.backline.domain.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Synthetic accounts in each platform's wire shape (platform-apis.md; the same shapes as the client tests'
 * fixtures): account {@code a} of a platform holds {@code posts} posts, newest first, the newest 35 days old
 * and then one every 9 days, so that all of them are past the metrics ladder and inside a 365-day backfill.
 * Paging follows each platform: Instagram {@code after} cursors, TikTok epoch-ms cursors, YouTube page tokens
 * (with entity tags answered by {@code 304}), X {@code pagination_token} and {@code since_id}, LinkedIn
 * {@code start} offsets. Tokens are {@code bench-<platform>-<a>}; ids and handles are derived from them.
 */
final class SyncPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Posts per account whose payload links a thumbnail; older ones come without (Backline keeps the media row
     * and fetches nothing). The media cache fetches a few hundred thumbnails per cycle, so this keeps the cycles
     * before the steady state few.
     */
    private static final int THUMBNAILS = 3;
    private static final DateTimeFormatter INSTAGRAM_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

    private final int accounts;
    private final int posts;
    private final Instant newest;

    SyncPayloads(int accounts, int posts, long nowMillis) {
        this.accounts = accounts;
        this.posts = posts;
        this.newest = Instant.ofEpochMilli(nowMillis).minus(Duration.ofDays(35));
    }

    static String token(Platform platform, int account) {
        return "bench-" + platform.key() + "-" + account;
    }

    /** The user id Backline is given for the account ({@code accounts add --user-id}). */
    static String userId(Platform platform, int account) {
        return switch (platform) {
            case INSTAGRAM -> "178414" + String.format("%011d", account);
            case TIKTOK -> "open-" + account;
            case YOUTUBE -> "UC" + String.format("benchchannel%010d", account);
            case X -> "14" + String.format("%016d", account);
            case LINKEDIN -> "urn:li:organization:" + (900_000 + account);
        };
    }

    static String handle(Platform platform, int account) {
        return "bench_" + platform.key() + "_" + account;
    }

    /** Post {@code i} (0 = newest) of the account: its platform id and time. */
    private String postId(Platform platform, int account, int i) {
        long n = (long) account * 100_000 + (posts - i);
        return switch (platform) {
            case INSTAGRAM -> "17900" + String.format("%012d", n);
            case TIKTOK -> "74000" + String.format("%014d", n);
            case YOUTUBE -> String.format("v%010d", n);
            case X -> "18" + String.format("%017d", n);
            case LINKEDIN -> "urn:li:share:71" + String.format("%017d", n);
        };
    }

    private Instant postedAt(int account, int i) {
        return newest.minus(Duration.ofDays(9L * i)).minusSeconds(60L * account);
    }

    private String caption(Platform platform, int account, int i) {
        return "Bench post " + i + " of " + handle(platform, account) + ": new single out now, tour dates soon "
                + "#newmusic #tour with @guest_" + (i % 7) + " https://label.example/p/" + i;
    }

    MockResponse answer(Platform platform, RecordedRequest request, String token, String base) {
        int account = account(platform, token);
        if (account < 0) {
            return json(401, "{\"error\":{\"message\":\"unknown token\"}}");
        }
        try {
            return switch (platform) {
                case INSTAGRAM -> instagram(request, account, base);
                case TIKTOK -> tiktok(request, account, base);
                case YOUTUBE -> youtube(request, account, base);
                case X -> x(request, account);
                case LINKEDIN -> linkedin(request, account);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int account(Platform platform, String token) {
        String prefix = "bench-" + platform.key() + "-";
        if (!token.startsWith(prefix)) {
            return -1;
        }
        int account = Integer.parseInt(token.substring(prefix.length()));
        return account < accounts ? account : -1;
    }

    /** {@code GET /v25.0/{id}/media?fields=…&limit=…&after=…} (Graph API media edge). */
    private MockResponse instagram(RecordedRequest request, int account, String base) {
        if (!request.getUrl().encodedPath().endsWith("/media")) {
            return json(404, "{\"error\":{\"message\":\"Unsupported get request\",\"type\":\"GraphMethodException\","
                    + "\"code\":100}}");
        }
        int from = offset(request.getUrl().queryParameter("after"));
        int to = Math.min(posts, from + limit(request.getUrl().queryParameter("limit"), 25));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode data = root.putArray("data");
        for (int i = from; i < to; i++) {
            String id = postId(Platform.INSTAGRAM, account, i);
            ObjectNode post = data.addObject().put("id", id).put("caption", caption(Platform.INSTAGRAM, account, i))
                    .put("media_type", "IMAGE").put("media_product_type", "FEED");
            if (i < THUMBNAILS) {
                post.put("media_url", base + "/media/ig/" + id + ".jpg");
            }
            post.put("permalink", "https://www.instagram.com/p/" + id + "/")
                    .put("timestamp", INSTAGRAM_TIME.format(postedAt(account, i)))
                    .put("like_count", 100 + i).put("comments_count", i);
        }
        ObjectNode paging = root.putObject("paging");
        paging.putObject("cursors").put("before", "c" + from).put("after", "c" + to);
        if (to < posts) {
            paging.put("next", "https://graph.instagram.com/v25.0/" + userId(Platform.INSTAGRAM, account)
                    + "/media?limit=25&after=c" + to);
        }
        return json(200, root.toString());
    }

    /** {@code POST /v2/video/list/} with {@code {"max_count":…,"cursor":ms}}: videos older than the cursor. */
    private MockResponse tiktok(RecordedRequest request, int account, String base) throws IOException {
        if (!request.getUrl().encodedPath().equals("/v2/video/list/")) {
            return json(404, "{\"error\":{\"code\":\"invalid_params\",\"message\":\"unknown path\",\"log_id\":\"b\"}}");
        }
        JsonNode body = JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
        int max = Math.max(1, Math.min(20, body.path("max_count").asInt(20)));
        long cursor = body.path("cursor").isNumber() ? body.path("cursor").asLong() : Long.MAX_VALUE;
        int from = 0;
        while (from < posts && postedAt(account, from).toEpochMilli() >= cursor) {
            from++;
        }
        int to = Math.min(posts, from + max);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode data = root.putObject("data");
        ArrayNode videos = data.putArray("videos");
        for (int i = from; i < to; i++) {
            String id = postId(Platform.TIKTOK, account, i);
            ObjectNode video = videos.addObject().put("id", id).put("create_time", postedAt(account, i).getEpochSecond());
            if (i < THUMBNAILS) {
                video.put("cover_image_url", base + "/media/tt/" + id + ".jpeg");
            }
            video.put("share_url", "https://www.tiktok.com/@" + handle(Platform.TIKTOK, account) + "/video/" + id)
                    .put("video_description", caption(Platform.TIKTOK, account, i)).put("duration", 15)
                    .put("title", "Video " + i).put("like_count", 1000 + i).put("comment_count", i)
                    .put("share_count", 3).put("view_count", 20_000 + i);
        }
        data.put("cursor", to > from ? postedAt(account, to - 1).toEpochMilli() : 0).put("has_more", to < posts);
        root.putObject("error").put("code", "ok").put("message", "").put("log_id", "bench");
        return json(200, root.toString());
    }

    /** {@code playlistItems} of the uploads playlist, then {@code videos} for a page's ids; ETags as YouTube does. */
    private MockResponse youtube(RecordedRequest request, int account, String base) {
        String path = request.getUrl().encodedPath();
        String body;
        if (path.equals("/youtube/v3/playlistItems")) {
            body = playlistItems(request, account);
        } else if (path.equals("/youtube/v3/videos")) {
            body = videos(request.getUrl().queryParameter("id"), account, base);
        } else {
            return json(404, "{\"error\":{\"code\":404,\"message\":\"Not Found\",\"errors\":[]}}");
        }
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        if (etag.equals(request.getHeaders().get("If-None-Match"))) {
            return new MockResponse.Builder().code(304).addHeader("ETag", etag).build();
        }
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json; charset=UTF-8")
                .addHeader("ETag", etag).body(body).build();
    }

    private String playlistItems(RecordedRequest request, int account) {
        int from = offset(request.getUrl().queryParameter("pageToken"));
        int to = Math.min(posts, from + limit(request.getUrl().queryParameter("maxResults"), 5));
        ObjectNode root = JSON.createObjectNode().put("kind", "youtube#playlistItemListResponse")
                .put("etag", "pl" + account + "-" + from);
        if (to < posts) {
            root.put("nextPageToken", "c" + to);
        }
        root.putObject("pageInfo").put("totalResults", posts).put("resultsPerPage", to - from);
        ArrayNode items = root.putArray("items");
        for (int i = from; i < to; i++) {
            String id = postId(Platform.YOUTUBE, account, i);
            String at = DateTimeFormatter.ISO_INSTANT.format(postedAt(account, i));
            ObjectNode item = items.addObject().put("kind", "youtube#playlistItem").put("etag", "i" + id).put("id", "PLI" + id);
            item.putObject("snippet").put("publishedAt", at).put("title", "Video " + i)
                    .putObject("resourceId").put("kind", "youtube#video").put("videoId", id);
            item.putObject("contentDetails").put("videoId", id).put("videoPublishedAt", at);
        }
        return root.toString();
    }

    private String videos(String ids, int account, String base) {
        List<String> wanted = ids == null ? List.of() : Arrays.asList(ids.split(","));
        ObjectNode root = JSON.createObjectNode().put("kind", "youtube#videoListResponse").put("etag", "v" + ids.hashCode());
        ArrayNode items = root.putArray("items");
        for (int i = 0; i < posts; i++) {
            String id = postId(Platform.YOUTUBE, account, i);
            if (!wanted.contains(id)) {
                continue;
            }
            ObjectNode video = items.addObject().put("kind", "youtube#video").put("etag", "e" + id).put("id", id);
            ObjectNode snippet = video.putObject("snippet")
                    .put("publishedAt", DateTimeFormatter.ISO_INSTANT.format(postedAt(account, i)))
                    .put("channelId", userId(Platform.YOUTUBE, account)).put("title", "Video " + i)
                    .put("description", caption(Platform.YOUTUBE, account, i)).put("defaultAudioLanguage", "en");
            ObjectNode thumbs = snippet.putObject("thumbnails");
            for (String size : i < THUMBNAILS ? List.of("default", "medium", "high") : List.<String>of()) {
                thumbs.putObject(size).put("url", base + "/media/yt/" + id + "/" + size + ".jpg");
            }
            video.putObject("contentDetails").put("duration", "PT3M42S");
            video.putObject("status").put("privacyStatus", "public");
            video.putObject("statistics").put("viewCount", Integer.toString(50_000 + i))
                    .put("likeCount", Integer.toString(900 + i)).put("favoriteCount", "0")
                    .put("commentCount", Integer.toString(i));
        }
        return root.toString();
    }

    /** {@code GET /2/users/{id}/tweets}: newest first, after {@code since_id}, from {@code start_time}. */
    private MockResponse x(RecordedRequest request, int account) {
        String path = request.getUrl().encodedPath();
        if (!path.startsWith("/2/users/") || !path.endsWith("/tweets")) {
            return json(404, "{\"title\":\"Not Found Error\",\"type\":\"about:blank\",\"status\":404}");
        }
        String since = request.getUrl().queryParameter("since_id");
        String start = request.getUrl().queryParameter("start_time");
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            boolean newer = since == null || postId(Platform.X, account, i).compareTo(since) > 0;
            boolean inWindow = start == null || !postedAt(account, i).isBefore(Instant.parse(start));
            if (newer && inWindow) {
                eligible.add(i);
            }
        }
        int from = offset(request.getUrl().queryParameter("pagination_token"));
        int to = Math.min(eligible.size(), from + limit(request.getUrl().queryParameter("max_results"), 10));
        ObjectNode root = JSON.createObjectNode();
        ObjectNode meta = JSON.createObjectNode().put("result_count", Math.max(0, to - from));
        if (to > from) {
            ArrayNode data = root.putArray("data");
            for (int k = from; k < to; k++) {
                int i = eligible.get(k);
                String id = postId(Platform.X, account, i);
                ObjectNode tweet = data.addObject().put("id", id).put("text", caption(Platform.X, account, i))
                        .put("created_at", DateTimeFormatter.ISO_INSTANT.format(postedAt(account, i)))
                        .put("lang", "en").put("conversation_id", id);
                tweet.putObject("public_metrics").put("retweet_count", 3).put("reply_count", 1)
                        .put("like_count", 40 + i).put("quote_count", 0).put("bookmark_count", 0)
                        .put("impression_count", 900 + i);
            }
            meta.put("newest_id", postId(Platform.X, account, eligible.get(from)))
                    .put("oldest_id", postId(Platform.X, account, eligible.get(to - 1)));
            if (to < eligible.size()) {
                meta.put("next_token", "c" + to);
            }
        }
        root.set("meta", meta);
        long reset = Instant.now().plus(Duration.ofMinutes(15)).getEpochSecond();
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json; charset=utf-8")
                .addHeader("x-rate-limit-limit", "900").addHeader("x-rate-limit-remaining", "899")
                .addHeader("x-rate-limit-reset", Long.toString(reset)).body(root.toString()).build();
    }

    /** {@code GET /rest/posts?q=author&author=…&count=…&start=…&sortBy=CREATED}. */
    private MockResponse linkedin(RecordedRequest request, int account) {
        if (!request.getUrl().encodedPath().equals("/rest/posts")) {
            return json(404, "{\"status\":404,\"message\":\"Not Found\"}");
        }
        int from = Math.max(0, Integer.parseInt(request.getUrl().queryParameter("start")));
        int count = limit(request.getUrl().queryParameter("count"), 10);
        int to = Math.min(posts, from + count);
        ObjectNode root = JSON.createObjectNode();
        root.putObject("paging").put("start", from).put("count", count).put("total", posts).putArray("links");
        ArrayNode elements = root.putArray("elements");
        for (int i = from; i < to; i++) {
            long at = postedAt(account, i).toEpochMilli();
            elements.addObject().put("id", postId(Platform.LINKEDIN, account, i))
                    .put("author", userId(Platform.LINKEDIN, account))
                    .put("commentary", caption(Platform.LINKEDIN, account, i)).put("visibility", "PUBLIC")
                    .put("lifecycleState", "PUBLISHED").put("createdAt", at).put("publishedAt", at)
                    .put("lastModifiedAt", at).putObject("distribution").put("feedDistribution", "MAIN_FEED");
        }
        return json(200, root.toString());
    }

    /** Our own cursors are {@code c<offset>}. */
    private static int offset(String cursor) {
        return cursor == null || cursor.isEmpty() ? 0 : Integer.parseInt(cursor.substring(1));
    }

    private static int limit(String asked, int otherwise) {
        return asked == null ? otherwise : Math.max(1, Math.min(100, Integer.parseInt(asked)));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
