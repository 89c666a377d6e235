package app.backline.platform.instagram;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Instagram Graph wire shapes Backline reads (platform-apis.md §2.4, §2.8). Ids stay strings: they
 * exceed 2^53. Timestamps stay text ({@code 2021-08-13T08:25:28+0000}); {@link InstagramMapper} parses them.
 */
final class InstagramDtos {

    private InstagramDtos() {
    }

    /** {@code GET /me} or {@code GET /{ig-user-id}}: {@code user_id} only on Instagram Login's {@code /me}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserDto(String id,
                   @JsonProperty("user_id") String userId,
                   String username,
                   String name,
                   @JsonProperty("profile_picture_url") String profilePictureUrl) {
    }

    /** One page of {@code GET /{ig-user-id}/media}: {@code paging} lacks {@code next} on the last page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MediaPageDto(List<MediaDto> data, PagingDto paging) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PagingDto(CursorsDto cursors, String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CursorsDto(String before, String after) {
    }

    /** An IG Media; {@code children} only on CAROUSEL_ALBUM, counts absent on Basic Display payloads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MediaDto(String id,
                    String caption,
                    @JsonProperty("media_type") String mediaType,
                    @JsonProperty("media_product_type") String mediaProductType,
                    @JsonProperty("media_url") String mediaUrl,
                    @JsonProperty("thumbnail_url") String thumbnailUrl,
                    String permalink,
                    String timestamp,
                    @JsonProperty("like_count") Long likeCount,
                    @JsonProperty("comments_count") Long commentsCount,
                    ChildrenDto children) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChildrenDto(List<MediaDto> data) {
    }

    /** A multi-id lookup ({@code GET /?ids=a,b}): an object keyed by media id, not a {@code data[]} array. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class MediaByIdDto {

        private final Map<String, MediaDto> byId = new LinkedHashMap<>();

        @JsonAnySetter
        void put(String id, MediaDto media) {
            byId.put(id, media);
        }

        Map<String, MediaDto> byId() {
            return Collections.unmodifiableMap(byId);
        }
    }

    /** The Graph error envelope: {@code {"error":{"code":190,"error_subcode":463,…}}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorEnvelopeDto(ErrorDto error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorDto(String type,
                    Integer code,
                    @JsonProperty("error_subcode") Integer subcode,
                    @JsonProperty("is_transient") Boolean transientError,
                    @JsonProperty("fbtrace_id") String traceId) {
    }
}
