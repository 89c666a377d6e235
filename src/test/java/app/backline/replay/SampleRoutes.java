package app.backline.replay;

import app.backline.domain.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which recorded payload answers which request, per platform, read in place from the samples folder.
 * Where no recording exists the documentation example stands in (TikTok's video list, repaired where the
 * published example is not JSON), and LinkedIn's list page is built around the recorded post.
 */
final class SampleRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IG_P1 = "instagram/graph/user_media_p1.json";
    private static final String IG_P2 = "instagram/graph/user_media_p2.json";
    private static final String TIKTOK_LIST = "tiktok/display-api-v2/doc_video_list_INVALID-JSON.txt";
    private static final String YT_P1 = "youtube/playlistItems_uploads_p1.json";
    private static final String YT_P2 = "youtube/playlistItems_uploads_p2.json";
    private static final String X_P1 = "x/v2/users_id_tweets_public_metrics.json";
    private static final String X_P2 = "x/v2/users_id_mentions_public_metrics.json";
    private static final String LINKEDIN_POST = "linkedin/rest-posts/post_organization_image_recorded.json";

    private final Path samples;

    SampleRoutes(Path samples) {
        this.samples = samples;
    }

    /** The body for a successful answer, or {@code null} when the platform has no such endpoint here. */
    String body(Platform platform, RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        return switch (platform) {
            case INSTAGRAM -> instagram(path, request);
            case TIKTOK -> tiktok(path);
            case YOUTUBE -> youtube(path, request);
            case X -> x(path, request);
            case LINKEDIN -> linkedin(path);
        };
    }

    /** The platform's post-list pages in the order Backline pages through them, newest first. */
    List<String> pageKeys(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> List.of(IG_P1, IG_P2);
            case TIKTOK -> List.of(TIKTOK_LIST);
            case YOUTUBE -> List.of(YT_P1, YT_P2);
            case X -> List.of(X_P1, X_P2);
            case LINKEDIN -> List.of(LINKEDIN_POST);
        };
    }

    /** A page's payload as served (before the time shift). */
    String page(String key) {
        return key.equals(TIKTOK_LIST) ? tiktokVideoList() : read(key);
    }

    /** Which post-list page the request belongs to (its times move with that page), or {@code null}. */
    String pageKey(Platform platform, RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        return switch (platform) {
            case INSTAGRAM -> path.endsWith("/media") ? (request.getUrl().queryParameter("after") == null ? IG_P1 : IG_P2) : null;
            case TIKTOK -> path.equals("/v2/video/list/") ? TIKTOK_LIST : null;
            case YOUTUBE -> path.equals("/youtube/v3/playlistItems")
                    ? (request.getUrl().queryParameter("pageToken") == null ? YT_P1 : YT_P2)
                    : path.equals("/youtube/v3/videos") ? youtubePageOf(request.getUrl().queryParameter("id")) : null;
            case X -> path.startsWith("/2/users/") && path.endsWith("/tweets")
                    ? (request.getUrl().queryParameter("pagination_token") == null ? X_P1 : X_P2) : null;
            case LINKEDIN -> path.equals("/rest/posts") ? LINKEDIN_POST : null;
        };
    }

    private String youtubePageOf(String ids) {
        String first = ids == null ? "" : ids.split(",")[0];
        return read(YT_P2).contains("\"" + first + "\"") ? YT_P2 : YT_P1;
    }

    private String instagram(String path, RecordedRequest request) {
        if (path.endsWith("/media")) {
            return read(request.getUrl().queryParameter("after") == null ? IG_P1 : IG_P2);
        }
        if (path.equals("/v25.0/") && request.getUrl().queryParameter("ids") != null) {
            return read("instagram/graph/media_multi_ids.json");
        }
        return path.equals("/v25.0/me") ? read("instagram/basic-display/me.json") : read("instagram/graph/user_profile.json");
    }

    private String tiktok(String path) {
        return switch (path) {
            case "/v2/user/info/" -> read("tiktok/display-api-v2/doc_user_info.json");
            case "/v2/video/list/" -> tiktokVideoList();
            case "/v2/video/query/" -> read("tiktok/display-api-v2/doc_video_query.json");
            default -> null;
        };
    }

    /**
     * TikTok's documented video list, which is not valid JSON as published (a trailing comma) and omits
     * {@code create_time} although the request asks for it: the comma goes, and the time is the page's
     * documented {@code cursor} (epoch ms) in seconds.
     */
    private String tiktokVideoList() {
        String repaired = read("tiktok/display-api-v2/doc_video_list_INVALID-JSON.txt").replaceAll(",(\\s*[}\\]])", "$1");
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(repaired);
            long cursorSeconds = root.path("data").path("cursor").asLong() / 1000;
            for (JsonNode video : root.path("data").path("videos")) {
                ((ObjectNode) video).put("create_time", cursorSeconds);
            }
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String youtube(String path, RecordedRequest request) {
        return switch (path) {
            case "/youtube/v3/channels" -> read("youtube/channels_list_with_uploads_playlist.json");
            case "/youtube/v3/playlistItems" -> read(request.getUrl().queryParameter("pageToken") == null ? YT_P1 : YT_P2);
            case "/youtube/v3/videos" -> youtubeVideos(request.getUrl().queryParameter("id"));
            default -> null;
        };
    }

    /**
     * The recorded playlist pages and the recorded {@code videos.list} come from different channels, so
     * each asked-for video is the recorded video (statistics, thumbnails) under the asked id, with the
     * title and publication time of its recorded playlist entry.
     */
    private String youtubeVideos(String ids) {
        try {
            JsonNode template = JSON.readTree(read("youtube/videos_list_with_statistics.json")).path("items").get(0);
            ObjectNode answer = (ObjectNode) JSON.readTree(read("youtube/videos_list_with_statistics.json"));
            ArrayNode items = answer.putArray("items");
            for (String id : ids == null ? new String[0] : ids.split(",")) {
                JsonNode entry = playlistEntry(id);
                ObjectNode video = template.deepCopy();
                video.put("id", id);
                if (entry != null) {
                    ObjectNode snippet = (ObjectNode) video.path("snippet");
                    snippet.put("title", entry.path("snippet").path("title").asText());
                    snippet.put("description", entry.path("snippet").path("description").asText());
                    snippet.put("publishedAt", entry.path("contentDetails").path("videoPublishedAt")
                            .asText(entry.path("snippet").path("publishedAt").asText()));
                }
                items.add(video);
            }
            return JSON.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode playlistEntry(String videoId) throws IOException {
        for (String page : List.of(YT_P1, YT_P2)) {
            for (JsonNode item : JSON.readTree(read(page)).path("items")) {
                if (videoId.equals(item.path("contentDetails").path("videoId").asText())) {
                    return item;
                }
            }
        }
        return null;
    }

    /**
     * The recorded timeline page with the fields Backline asks for ({@code created_at}, {@code public_metrics}),
     * then, as the last page (its {@code next_token} dropped), the recorded mentions page of the same shape:
     * the only other recorded page whose posts carry {@code created_at}.
     */
    private String x(String path, RecordedRequest request) {
        if (path.equals("/2/users/me")) {
            return read("x/v2/users_me_default_fields.json");
        }
        if (path.endsWith("/tweets") && path.startsWith("/2/users/")) {
            if (request.getUrl().queryParameter("pagination_token") == null) {
                return read(X_P1);
            }
            try {
                ObjectNode last = (ObjectNode) JSON.readTree(read(X_P2));
                ((ObjectNode) last.path("meta")).remove("next_token");
                return JSON.writeValueAsString(last);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path.equals("/2/tweets") ? read("x/v2/tweets_by_ids_default_fields.json") : null;
    }

    private String linkedin(String path) {
        if (path.startsWith("/rest/organizations/")) {
            return read("linkedin/organization/doc_organization.json");
        }
        if (path.equals("/rest/posts")) {
            try {
                ObjectNode page = JSON.createObjectNode();
                page.putArray("elements").add(JSON.readTree(read(LINKEDIN_POST)));
                page.putObject("paging").put("start", 0).put("count", 10).put("total", 1).putArray("links");
                return JSON.writeValueAsString(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (path.equals("/rest/organizationalEntityShareStatistics")) {
            return "{\"elements\":[]}";
        }
        return null;
    }

    String read(String relative) {
        try {
            return Files.readString(samples.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
