package app.backline.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One exported post, in the exact shape of a JSON export object; the CSV export flattens the same
 * record, so both formats carry the same fields. Built only by {@link ExportRowMapper}.
 *
 * @param platform       lower-case platform key, e.g. {@code "tiktok"}
 * @param handle         the account's handle, {@code null} when unknown
 * @param permalink      public address, {@code null} when unknown
 * @param postedAt       ISO-8601 UTC with a {@code Z}, e.g. {@code "2026-11-22T08:15:00Z"}
 * @param mediaType      upper-case {@code MediaType} name
 * @param tags           lower-case tag keys, alphabetical
 * @param summary        {@code null} until enrichment has run
 * @param language       ISO 639-1 code, {@code null} when unknown
 * @param ingestSource   upper-case {@code IngestSource} name
 */
@JsonPropertyOrder({"artist", "platform", "handle", "externalPostId", "permalink", "caption", "postedAt",
        "mediaType", "media", "hashtags", "mentions", "links", "tags", "summary", "language", "ingestSource",
        "isReply", "isRepost", "metrics"})
record ExportRow(
        @JsonProperty("artist") String artist,
        @JsonProperty("platform") String platform,
        @JsonProperty("handle") String handle,
        @JsonProperty("externalPostId") String externalPostId,
        @JsonProperty("permalink") String permalink,
        @JsonProperty("caption") String caption,
        @JsonProperty("postedAt") String postedAt,
        @JsonProperty("mediaType") String mediaType,
        @JsonProperty("media") List<MediaRow> media,
        @JsonProperty("hashtags") List<String> hashtags,
        @JsonProperty("mentions") List<String> mentions,
        @JsonProperty("links") List<String> links,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("summary") String summary,
        @JsonProperty("language") String language,
        @JsonProperty("ingestSource") String ingestSource,
        @JsonProperty("isReply") boolean isReply,
        @JsonProperty("isRepost") boolean isRepost,
        @JsonProperty("metrics") MetricsRow metrics) {

    public ExportRow {
        media = List.copyOf(media);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
        tags = List.copyOf(tags);
    }

    /**
     * One media item.
     *
     * @param type      upper-case {@code MediaType} name
     * @param url       where the platform serves it, {@code null} when unknown
     * @param localPath absolute path of Backline's copy, {@code null} when there is none
     */
    @JsonPropertyOrder({"type", "url", "localPath"})
    record MediaRow(
            @JsonProperty("type") String type,
            @JsonProperty("url") String url,
            @JsonProperty("localPath") String localPath) {
    }

    /** Engagement counts; each {@code null} where the platform does not say. */
    @JsonPropertyOrder({"likes", "comments", "shares", "views"})
    record MetricsRow(
            @JsonProperty("likes") Long likes,
            @JsonProperty("comments") Long comments,
            @JsonProperty("shares") Long shares,
            @JsonProperty("views") Long views) {
    }
}
