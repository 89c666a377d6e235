package app.backline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A stored post as the feed, the detail pane and the exports read it.
 *
 * @param handle    the account's handle at read time, {@code null} when unknown
 * @param postedAt  publication time, UTC
 * @param fetchedAt when Backline last wrote this row, UTC
 * @param tags      empty until enrichment has run
 * @param summary   short summary built from the caption, {@code null} until enrichment has run
 */
public record Post(
        long id,
        long artistId,
        long accountId,
        String handle,
        Platform platform,
        String externalPostId,
        String permalink,
        String caption,
        MediaType mediaType,
        Instant postedAt,
        Instant fetchedAt,
        Metrics metrics,
        CaptionEntities entities,
        Set<Tag> tags,
        String summary,
        String language,
        String visibility,
        IngestSource ingestSource,
        boolean reply,
        boolean repost,
        List<Media> media) {

    public Post {
        tags = Set.copyOf(tags);
        media = List.copyOf(media);
    }

    /** The first media item that has a local copy, or else the first one; {@code null} for text posts. */
    public Media thumbnail() {
        return media.stream().filter(m -> m.localPath() != null).findFirst()
                .orElse(media.isEmpty() ? null : media.get(0));
    }
}
