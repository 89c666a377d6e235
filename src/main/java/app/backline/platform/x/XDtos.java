package app.backline.platform.x;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * X API v2 wire shapes (platform-apis.md §5.3), only the fields Backline reads. Ids stay strings (they
 * exceed 2^53); counts are numbers; absent fields are {@code null}.
 */
final class XDtos {

    private XDtos() {
    }

    /** {@code GET /2/users/me}: {@code data} or, when X cannot return the user, only {@code errors}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserEnvelope(User data, List<Problem> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record User(String id, String username, String name, String profileImageUrl) {
    }

    /** {@code GET /2/users/:id/tweets} and {@code GET /2/tweets?ids=}: posts, expansions, paging, partial errors. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Timeline(List<Tweet> data, Includes includes, Meta meta, List<Problem> errors) {

        List<Tweet> posts() {
            return data == null ? List.of() : data;
        }

        List<Problem> problems() {
            return errors == null ? List.of() : errors;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Includes(List<MediaItem> media) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Meta(Integer resultCount, String nextToken, String newestId, String oldestId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Tweet(String id, String text, String createdAt, String lang, Entities entities, Attachments attachments,
                 List<Reference> referencedTweets, PublicMetrics publicMetrics, NoteTweet noteTweet) {
    }

    /** The full text of a post longer than 280 characters ({@code tweet.fields=note_tweet}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NoteTweet(String text, Entities entities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entities(List<Hashtag> hashtags, List<Mention> mentions, List<Url> urls) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hashtag(String tag) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mention(String username) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Url(String url, String expandedUrl, String unwoundUrl, String displayUrl, String mediaKey) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Attachments(List<String> mediaKeys) {
    }

    /** {@code type}: {@code replied_to}, {@code retweeted} or {@code quoted}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reference(String type, String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PublicMetrics(Long retweetCount, Long replyCount, Long likeCount, Long quoteCount, Long impressionCount) {
    }

    /** {@code type}: {@code photo}, {@code video} or {@code animated_gif}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MediaItem(String mediaKey, String type, String url, String previewImageUrl, Integer width, Integer height) {
    }

    /** A problem in {@code errors[]} (partial errors) or as a whole error body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Problem(String title, String detail, String type, String reason, String resourceType, String resourceId,
                   String value, Integer code, String message) {
    }
}
