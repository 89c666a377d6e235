package app.backline.platform.youtube;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * YouTube Data API v3 wire shapes (platform-apis.md §4.2), only the fields Backline reads. Counts are JSON
 * strings ({@code "viewCount":"3057"}); times are RFC 3339 with or without millis.
 */
final class YouTubeDtos {

    private YouTubeDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelList(List<Channel> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Channel(String id, ChannelSnippet snippet, ChannelDetails contentDetails) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelSnippet(String title, String customUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelDetails(RelatedPlaylists relatedPlaylists) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RelatedPlaylists(String uploads) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaylistItemList(String nextPageToken, List<PlaylistItem> items) {

        List<PlaylistItem> entries() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaylistItem(PlaylistSnippet snippet, PlaylistItemDetails contentDetails) {

        /** The video's id: {@code contentDetails.videoId}, else {@code snippet.resourceId.videoId}. */
        String videoId() {
            if (contentDetails != null && contentDetails.videoId() != null) {
                return contentDetails.videoId();
            }
            return snippet == null || snippet.resourceId() == null ? null : snippet.resourceId().videoId();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaylistSnippet(String title, ResourceId resourceId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResourceId(String videoId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaylistItemDetails(String videoId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoList(List<Video> items) {

        List<Video> entries() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Video(String id, VideoSnippet snippet, Statistics statistics, VideoDetails contentDetails, Status status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoSnippet(String publishedAt, String title, String description, Thumbnails thumbnails,
                        String defaultLanguage, String defaultAudioLanguage) {
    }

    /** Sizes from largest: maxres 1280×720, standard 640×480, high 480×360, medium 320×180, default 120×90. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Thumbnails(Thumbnail maxres, Thumbnail standard, Thumbnail high, Thumbnail medium,
                      @JsonProperty("default") Thumbnail small) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Thumbnail(String url) {
    }

    /** Counts as strings; {@code likeCount}/{@code commentCount} are absent when hidden or disabled. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Statistics(String viewCount, String likeCount, String commentCount) {
    }

    /** {@code duration}: ISO 8601, e.g. {@code PT21M7S}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoDetails(String duration) {
    }

    /** {@code privacyStatus}: public, unlisted or private. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(String privacyStatus) {
    }
}
