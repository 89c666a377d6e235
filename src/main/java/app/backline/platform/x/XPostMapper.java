package app.backline.platform.x;

import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.domain.LanguageCodes;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PostPage;
import app.backline.platform.x.XDtos.MediaItem;
import app.backline.platform.x.XDtos.Timeline;
import app.backline.platform.x.XDtos.Tweet;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * X v2 posts as drafts. Caption: the full text ({@code note_tweet} for long posts) with X's HTML entities
 * decoded; entities from X's own {@code entities} (links expanded, the post's own media links left out,
 * as in archives); reply = {@code referenced_tweets} has {@code replied_to}, repost = {@code retweeted}
 * (or, in an answer without {@code referenced_tweets}, a text starting "RT @" as archives mark it);
 * media from {@code includes.media} by key (photo URL; video and GIF preview image); metrics: likes,
 * replies as comments, retweets + quotes as shares, impressions as views when X reports them.
 */
final class XPostMapper {

    /** X ids are snowflakes: milliseconds since this epoch, shifted left by 22 bits. */
    private static final long SNOWFLAKE_EPOCH_MS = 1288834974657L;
    /** Sequential ids before snowflakes stayed below this (about 3·10^10). */
    private static final long FIRST_SNOWFLAKE_ID = 30_000_000_000L;

    /** One page: the posts, {@code meta.next_token} as the cursor, partial errors as skipped notes. */
    PostPage page(Timeline timeline, String handle) {
        Map<String, MediaItem> media = new HashMap<>();
        if (timeline.includes() != null && timeline.includes().media() != null) {
            timeline.includes().media().forEach(m -> media.put(m.mediaKey(), m));
        }
        List<PostDraft> posts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Tweet tweet : timeline.posts()) {
            PostDraft draft = draft(tweet, media, handle);
            if (draft != null) {
                posts.add(draft);
            } else {
                skipped.add("X returned post " + tweet.id() + " without its time; it was left out");
            }
        }
        timeline.problems().forEach(p -> skipped.add(XProblems.skippedNote(p)));
        String next = timeline.meta() == null ? null : timeline.meta().nextToken();
        return new PostPage(posts, next == null || next.isBlank() ? null : next, skipped);
    }

    /** Counts of each returned post, for {@code metrics()}. */
    List<MetricsUpdate> metrics(Timeline timeline) {
        return timeline.posts().stream().filter(t -> t.id() != null)
                .map(t -> new MetricsUpdate(t.id(), metrics(t.publicMetrics()))).toList();
    }

    /** {@code https://x.com/<handle>/status/<id>}; {@code i} stands in for an unknown handle. */
    static String permalink(String handle, String id) {
        String name = handle == null ? "" : handle.strip().replaceFirst("^@", "");
        return "https://x.com/" + (name.isEmpty() ? "i" : name) + "/status/" + id;
    }

    private PostDraft draft(Tweet tweet, Map<String, MediaItem> includes, String handle) {
        Instant postedAt = postedAt(tweet);
        if (tweet.id() == null || postedAt == null) {
            return null;
        }
        boolean longPost = tweet.noteTweet() != null && tweet.noteTweet().text() != null;
        String caption = unescape(longPost ? tweet.noteTweet().text() : tweet.text());
        List<Media> media = media(tweet, includes);
        List<XDtos.Reference> refs = tweet.referencedTweets() == null ? List.of() : tweet.referencedTweets();
        return new PostDraft(Platform.X, tweet.id(), permalink(handle, tweet.id()), caption, postType(media),
                postedAt, metrics(tweet.publicMetrics()),
                XEntities.of(longPost && tweet.noteTweet().entities() != null ? tweet.noteTweet().entities()
                        : tweet.entities()),
                refs.stream().anyMatch(r -> "replied_to".equals(r.type())),
                refs.stream().anyMatch(r -> "retweeted".equals(r.type()))
                        || tweet.referencedTweets() == null && caption.startsWith("RT @"),
                LanguageCodes.toIso6391(tweet.lang()), null, IngestSource.POLL, media);
    }

    static Metrics metrics(XDtos.PublicMetrics m) {
        if (m == null) {
            return Metrics.NONE;
        }
        Long shares = m.retweetCount() == null && m.quoteCount() == null ? null
                : orZero(m.retweetCount()) + orZero(m.quoteCount());
        return new Metrics(m.likeCount(), m.replyCount(), shares, m.impressionCount());
    }

    private static List<Media> media(Tweet tweet, Map<String, MediaItem> includes) {
        if (tweet.attachments() == null || tweet.attachments().mediaKeys() == null) {
            return List.of();
        }
        return tweet.attachments().mediaKeys().stream().map(includes::get).filter(Objects::nonNull)
                .map(XPostMapper::media).filter(Objects::nonNull).toList();
    }

    private static Media media(MediaItem item) {
        return switch (item.type() == null ? "" : item.type()) {
            case "photo" -> new Media(MediaType.IMAGE, item.url(), null);
            case "video" -> new Media(MediaType.VIDEO, item.previewImageUrl(), null);
            case "animated_gif" -> new Media(MediaType.GIF, item.previewImageUrl(), null);
            default -> null;
        };
    }

    private static MediaType postType(List<Media> media) {
        if (media.isEmpty()) {
            return MediaType.TEXT;
        }
        return media.size() == 1 ? media.get(0).type() : MediaType.CAROUSEL;
    }

    /**
     * {@code created_at}, else the time inside a snowflake id (answers with default fields carry no time);
     * {@code null} for the sequential ids of posts from before November 2010, which hold no time.
     */
    private static Instant postedAt(Tweet tweet) {
        try {
            if (tweet.createdAt() != null) {
                return Instant.parse(tweet.createdAt());
            }
            long id = tweet.id() == null ? 0 : Long.parseLong(tweet.id());
            return id < FIRST_SNOWFLAKE_ID ? null : Instant.ofEpochMilli((id >> 22) + SNOWFLAKE_EPOCH_MS);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** X writes {@code &}, {@code <} and {@code >} as HTML entities in post text. */
    private static String unescape(String text) {
        return text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
