package app.backline.platform.youtube;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.domain.LanguageCodes;
import app.backline.platform.youtube.YouTubeDtos.Thumbnail;
import app.backline.platform.youtube.YouTubeDtos.Thumbnails;
import app.backline.platform.youtube.YouTubeDtos.Video;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/**
 * A {@code videos.list} item as a draft: caption = title, blank line, description (as the Takeout importer
 * writes it); posting time = {@code snippet.publishedAt}; one VIDEO media item whose {@code remoteUrl} is
 * the largest thumbnail; counts parsed from their strings (likes, comments, views; YouTube has no share
 * count); language from {@code defaultLanguage}, else {@code defaultAudioLanguage}; visibility =
 * {@code status.privacyStatus}. Caption entities are left to the engine (YouTube gives none).
 */
final class YouTubeVideoMapper {

    /** {@code https://www.youtube.com/watch?v=<id>}. */
    static String permalink(String videoId) {
        return "https://www.youtube.com/watch?v=" + videoId;
    }

    /** The draft, or {@code null} when the video lacks an id or a valid publish time. */
    PostDraft draft(Video video) {
        Instant postedAt = video.snippet() == null ? null : time(video.snippet().publishedAt());
        if (video.id() == null || postedAt == null) {
            return null;
        }
        var snippet = video.snippet();
        String thumbnail = bestThumbnail(snippet.thumbnails());
        String language = LanguageCodes.toIso6391(snippet.defaultLanguage() != null ? snippet.defaultLanguage()
                : snippet.defaultAudioLanguage());
        return new PostDraft(Platform.YOUTUBE, video.id(), permalink(video.id()),
                caption(snippet.title(), snippet.description()), MediaType.VIDEO, postedAt, metrics(video),
                CaptionEntities.NONE, false, false, language,
                video.status() == null ? null : video.status().privacyStatus(), IngestSource.POLL,
                List.of(new Media(MediaType.VIDEO, thumbnail, null)));
    }

    static Metrics metrics(Video video) {
        var stats = video.statistics();
        if (stats == null) {
            return Metrics.NONE;
        }
        return new Metrics(count(stats.likeCount()), count(stats.commentCount()), null, count(stats.viewCount()));
    }

    /** maxres, else standard, high, medium, default. */
    static String bestThumbnail(Thumbnails t) {
        if (t == null) {
            return null;
        }
        return Stream.of(t.maxres(), t.standard(), t.high(), t.medium(), t.small())
                .filter(x -> x != null && x.url() != null).map(Thumbnail::url).findFirst().orElse(null);
    }

    static String caption(String title, String description) {
        String t = title == null || title.isBlank() ? null : title.strip();
        String d = description == null || description.isBlank() ? null : description.strip();
        if (t == null || d == null) {
            return t != null ? t : d == null ? "" : d;
        }
        return t + "\n\n" + d;
    }

    private static Long count(String text) {
        try {
            return text == null ? null : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant time(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
