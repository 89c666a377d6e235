package app.backline.importer;

import app.backline.domain.LanguageCodes;

import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.enrichment.CaptionEntityExtractor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of a YouTube Takeout's {@code video metadata/videos.csv} as a post. Columns are found by
 * normalised name ({@link CsvHeader}), since real exports differ in casing and in which columns they
 * have. Caption: the title, then a blank line and the description when there is one (from
 * {@code video texts.csv}, else the row's own description column). Posting time: the publish
 * timestamp, else the create timestamp. The Takeout has no counts; the video itself is a remote
 * {@code VIDEO} item at its watch address.
 */
final class YouTubeVideoMapper {

    /** Columns of {@code videos.csv} the reader insists on; each lists alternative names. */
    static final List<List<String>> REQUIRED = List.of(List.of("video id"),
            List.of("video publish timestamp", "video create timestamp"));

    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final CaptionEntityExtractor extractor;

    YouTubeVideoMapper(CaptionEntityExtractor extractor) {
        this.extractor = extractor;
    }

    /** {@code https://www.youtube.com/watch?v=<id>}. */
    static String permalink(String videoId) {
        return "https://www.youtube.com/watch?v=" + videoId;
    }

    /** The row's video id, stripped; {@code null} when missing or not an id. */
    static String videoId(CsvRow row) {
        String id = ArchiveText.strip(row.get("video id"));
        return id != null && VIDEO_ID.matcher(id).matches() ? id : null;
    }

    /**
     * @param texts the video's row of {@code video texts.csv}, {@link YouTubeTexts#NONE} when it has none
     * @return empty when the row has no usable video id or timestamp
     */
    Optional<ArchivePost> map(CsvRow row, YouTubeTexts texts) {
        String id = videoId(row);
        Instant postedAt = Optional.ofNullable(ArchiveTimes.isoOffset(row.get("video publish timestamp")))
                .orElse(ArchiveTimes.isoOffset(row.get("video create timestamp")));
        if (id == null || postedAt == null) {
            return Optional.empty();
        }
        String caption = caption(
                Optional.ofNullable(row.get("video title (original)", "video title")).orElse(texts.title()),
                Optional.ofNullable(texts.description())
                        .orElse(row.get("video description (original)", "video description")));
        String permalink = permalink(id);
        PostDraft draft = new PostDraft(Platform.YOUTUBE, id, permalink, caption, MediaType.VIDEO, postedAt,
                Metrics.NONE, extractor.extract(caption, Platform.YOUTUBE), false, false,
                LanguageCodes.toIso6391(row.get("video audio language")),
                ArchiveText.capped(row.get("privacy"), ArchiveText.MAX_VISIBILITY), IngestSource.IMPORT,
                List.of());
        return Optional.of(new ArchivePost(draft, List.of(MediaRef.remote(MediaType.VIDEO, permalink))));
    }

    /** Title, blank line, description; either part may be missing. */
    static String caption(String title, String description) {
        String t = ArchiveText.strip(title);
        String d = ArchiveText.strip(description);
        if (t == null || d == null) {
            return t != null ? t : d == null ? "" : d;
        }
        return t + "\n\n" + d;
    }
}
