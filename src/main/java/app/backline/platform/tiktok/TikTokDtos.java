package app.backline.platform.tiktok;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The TikTok v2 wire shapes Backline reads and writes (platform-apis.md §3.2–3.3). Every response has an
 * {@code error} object, present on success too with {@code code "ok"}. {@code create_time} is epoch
 * seconds; the paging {@code cursor} is epoch milliseconds.
 */
final class TikTokDtos {

    private TikTokDtos() {
    }

    /** {@code {"code":"access_token_invalid","message":"…","log_id":"…"}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorDto(String code, String message, @JsonProperty("log_id") String logId) {

        boolean ok() {
            return code == null || "ok".equals(code);
        }
    }

    /** A response body with TikTok's {@code error} object. */
    interface Enveloped {
        ErrorDto error();
    }

    /** Any response, read only for its {@code error}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EnvelopeDto(ErrorDto error) implements Enveloped {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserInfoResponseDto(UserDataDto data, ErrorDto error) implements Enveloped {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserDataDto(UserDto user) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserDto(@JsonProperty("open_id") String openId,
                   @JsonProperty("union_id") String unionId,
                   @JsonProperty("avatar_url") String avatarUrl,
                   @JsonProperty("display_name") String displayName,
                   String username,
                   @JsonProperty("profile_deep_link") String profileDeepLink) {
    }

    /** {@code POST /v2/video/list/} and {@code /v2/video/query/}: the query has no cursor or has_more. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoListResponseDto(VideoListDataDto data, ErrorDto error) implements Enveloped {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoListDataDto(List<VideoDto> videos, Long cursor, @JsonProperty("has_more") Boolean hasMore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoDto(String id,
                    @JsonProperty("create_time") Long createTime,
                    @JsonProperty("cover_image_url") String coverImageUrl,
                    @JsonProperty("share_url") String shareUrl,
                    @JsonProperty("video_description") String videoDescription,
                    Integer duration,
                    String title,
                    @JsonProperty("like_count") Long likeCount,
                    @JsonProperty("comment_count") Long commentCount,
                    @JsonProperty("share_count") Long shareCount,
                    @JsonProperty("view_count") Long viewCount) {
    }

    /** Body of {@code POST /v2/video/list/}: {@code cursor} (epoch ms) left out on the first page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VideoListRequestDto(@JsonProperty("max_count") int maxCount, Long cursor) {
    }

    /** Body of {@code POST /v2/video/query/}: {@code {"filters":{"video_ids":[…]}}}, at most 20 ids. */
    record VideoQueryRequestDto(FiltersDto filters) {
    }

    record FiltersDto(@JsonProperty("video_ids") List<String> videoIds) {
    }
}
