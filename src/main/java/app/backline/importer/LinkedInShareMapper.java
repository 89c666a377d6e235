package app.backline.importer;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.enrichment.CaptionEntityExtractor;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of LinkedIn's {@code Shares.csv} ({@code Date, ShareLink, ShareCommentary, SharedUrl,
 * MediaUrl, Visibility}) as a post. The post's identity is the URN in its {@code ShareLink}
 * ({@code https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A…}, URL-decoded to
 * {@code urn:li:share:…}, {@code urn:li:ugcPost:…}, {@code urn:li:activity:…}), so that a later API
 * sync, which knows posts by URN, finds the same row; the link itself is the permalink. A row without a
 * URN keeps no id (the store then derives one from the account and the posting second). Type: IMAGE
 * (or VIDEO) for a {@code MediaUrl} alone, LINK for a {@code SharedUrl} (its preview image, when there
 * is one, as the media item), TEXT otherwise. The file has no counts.
 */
final class LinkedInShareMapper {

    /** Columns of {@code Shares.csv} the reader insists on. */
    static final List<List<String>> REQUIRED = List.of(List.of("date"), List.of("sharelink"),
            List.of("sharecommentary"));

    private static final Pattern URN = Pattern.compile("urn:li:[A-Za-z]{1,20}:[A-Za-z0-9_,()-]{1,90}");

    private final CaptionEntityExtractor extractor;

    LinkedInShareMapper(CaptionEntityExtractor extractor) {
        this.extractor = extractor;
    }

    /** @return empty when the row's {@code Date} is missing or not {@code YYYY-MM-DD HH:MM:SS} */
    Optional<ArchivePost> map(CsvRow row) {
        Instant postedAt = ArchiveTimes.utcLocal(row.get("date"));
        if (postedAt == null) {
            return Optional.empty();
        }
        String link = ArchiveText.url(row.get("sharelink"));
        String caption = LinkedInCommentary.unwrap(row.get("sharecommentary"));
        String shared = ArchiveText.url(row.get("sharedurl"));
        String mediaUrl = ArchiveText.url(row.get("mediaurl"));
        List<MediaRef> media = mediaUrl == null ? List.of() : List.of(MediaRef.remote(mediaKind(mediaUrl), mediaUrl));
        MediaType type = shared != null ? MediaType.LINK : MediaRef.postType(media);
        PostDraft draft = new PostDraft(Platform.LINKEDIN, urn(link), link, caption, type, postedAt, Metrics.NONE,
                entities(caption, shared), false, false, null,
                ArchiveText.capped(row.get("visibility"), ArchiveText.MAX_VISIBILITY), IngestSource.IMPORT,
                List.of());
        return Optional.of(new ArchivePost(draft, media));
    }

    /** The URN a share link names, URL-decoded; {@code null} when it names none. */
    static String urn(String shareLink) {
        if (shareLink == null) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(shareLink.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Matcher m = URN.matcher(decoded);
        return m.find() ? m.group() : null;
    }

    private static MediaType mediaKind(String url) {
        String path = EntryNames.baseName(url).toLowerCase(Locale.ROOT);
        return path.endsWith(".mp4") || path.endsWith(".mov") || path.endsWith(".m3u8")
                ? MediaType.VIDEO : MediaType.IMAGE;
    }

    /** The caption's entities, with the shared link added to its links. */
    private CaptionEntities entities(String caption, String shared) {
        CaptionEntities found = extractor.extract(caption, Platform.LINKEDIN);
        if (shared == null || found.links().contains(shared)) {
            return found;
        }
        List<String> links = new ArrayList<>(found.links());
        links.add(shared);
        return new CaptionEntities(found.hashtags(), found.mentions(), links);
    }
}
