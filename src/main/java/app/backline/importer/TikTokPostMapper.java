package app.backline.importer;

import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.enrichment.CaptionEntityExtractor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a TikTok export's own-posts list as a post. Field names are read ignoring case (the
 * export mixes {@code Date}/{@code date}, {@code Link}/{@code link}). An entry looks like
 * {@code {"Date": "2024-03-01 18:22:05", "Link": "https://www.tiktokv.com/share/video/7341…/",
 * "Likes": "12", "Title": "…", "Sound": "…", "WhoCanView": "Everyone", …}}; older exports write
 * {@code VideoLink} and {@code Desc}. {@code Date} is UTC (see {@link ArchiveTimes#utcLocal}). The id
 * is the number after {@code /video/} (or {@code /photo/} for photo posts) in the link, which is also
 * the permalink. Caption: {@code Title}, else {@code Desc}; the sound's name is not part of it.
 */
final class TikTokPostMapper {

    private static final Pattern ID_IN_LINK = Pattern.compile("/(video|photo)/(\\d{1,30})(?:[/?#]|$)");

    private final CaptionEntityExtractor extractor;

    TikTokPostMapper(CaptionEntityExtractor extractor) {
        this.extractor = extractor;
    }

    /** @return empty when the entry has no link with a post id, or no readable date */
    Optional<ArchivePost> map(JsonNode entry) {
        String link = ArchiveText.url(JsonFields.firstTextIgnoringCase(entry, "Link", "VideoLink"));
        Matcher id = link == null ? null : ID_IN_LINK.matcher(link);
        Instant postedAt = ArchiveTimes.utcLocal(JsonFields.firstTextIgnoringCase(entry, "Date"));
        if (id == null || !id.find() || postedAt == null) {
            return Optional.empty();
        }
        MediaType type = id.group(1).equals("photo") ? MediaType.IMAGE : MediaType.VIDEO;
        String caption = Optional.ofNullable(JsonFields.firstTextIgnoringCase(entry, "Title", "Desc", "Description"))
                .orElse("");
        PostDraft draft = new PostDraft(Platform.TIKTOK, id.group(2), link, caption, type, postedAt,
                new Metrics(JsonFields.number(JsonFields.fieldIgnoringCase(entry, "Likes")), null, null, null),
                extractor.extract(caption, Platform.TIKTOK), false, false, null,
                ArchiveText.capped(JsonFields.firstTextIgnoringCase(entry, "WhoCanView"), ArchiveText.MAX_VISIBILITY),
                IngestSource.IMPORT, List.of());
        return Optional.of(new ArchivePost(draft, List.of(MediaRef.remote(type, link))));
    }
}
