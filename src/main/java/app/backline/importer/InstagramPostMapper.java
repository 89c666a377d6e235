package app.backline.importer;

import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.enrichment.CaptionEntityExtractor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One element of Instagram's {@code posts_N.json} as a post. A single-media post keeps its
 * {@code title} and {@code creation_timestamp} (epoch seconds) inside {@code media[0]}; a carousel
 * keeps them at the root, and the root wins when both exist. Text is repaired with {@link Mojibake}.
 * The export carries no post id, no link and no counts: {@code externalPostId} and {@code permalink}
 * are {@code null} (the store derives the id from the account and the posting second).
 */
final class InstagramPostMapper {

    private final CaptionEntityExtractor extractor;

    InstagramPostMapper(CaptionEntityExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @param root prefix of the archive's top level, media {@code uri}s are relative to it
     * @return empty when the element has no creation time
     */
    Optional<ArchivePost> map(JsonNode post, String root) {
        JsonNode items = post.path("media");
        JsonNode first = items.isArray() && !items.isEmpty() ? items.get(0) : null;
        Long seconds = Optional.ofNullable(JsonFields.number(post, "creation_timestamp"))
                .orElse(JsonFields.number(first, "creation_timestamp"));
        if (seconds == null) {
            return Optional.empty();
        }
        String title = post.has("title") ? JsonFields.text(post, "title") : JsonFields.text(first, "title");
        String caption = Optional.ofNullable(Mojibake.repair(title)).orElse("");
        List<MediaRef> refs = new ArrayList<>();
        for (JsonNode item : items) {
            String uri = JsonFields.text(item, "uri");
            if (uri != null) {
                refs.add(new MediaRef(type(item, uri), null, archivePath(uri, root)));
            }
        }
        PostDraft draft = new PostDraft(Platform.INSTAGRAM, null, null, caption, MediaRef.postType(refs),
                Instant.ofEpochSecond(seconds), Metrics.NONE, extractor.extract(caption, Platform.INSTAGRAM),
                false, false, null, null, IngestSource.IMPORT, List.of());
        return Optional.of(new ArchivePost(draft, refs));
    }

    /**
     * VIDEO for {@code .mp4}/{@code .mov} files and for items with {@code video_metadata} or
     * {@code dubbing_info} (Instagram stores some videos without an extension); IMAGE otherwise.
     */
    private static MediaType type(JsonNode item, String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        boolean video = lower.endsWith(".mp4") || lower.endsWith(".mov")
                || item.path("media_metadata").has("video_metadata") || item.has("dubbing_info");
        return video ? MediaType.VIDEO : MediaType.IMAGE;
    }

    /** The entry name of a media {@code uri}; none when it is a web address or escapes the archive. */
    private static List<String> archivePath(String uri, String root) {
        if (uri.contains("://")) {
            return List.of();
        }
        try {
            return EntryNames.normalize(uri, "").map(name -> List.of(root + name)).orElse(List.of());
        } catch (ArchiveRejectedException e) {
            return List.of();
        }
    }
}
