package app.backline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post as an importer or a platform client hands it to the store, before it has a database id.
 *
 * @param externalPostId the platform's id; {@code null} only for archives that carry none (Instagram),
 *                       in which case the store derives one with {@link ExternalIds#archiveDerived}
 * @param permalink      public address of the post, {@code null} when unknown
 * @param caption        text as published, never {@code null} (empty when the post has none)
 * @param postedAt       publication time, UTC
 * @param language       ISO 639-1 code or {@code null} when unknown
 */
public record PostDraft(
        Platform platform,
        String externalPostId,
        String permalink,
        String caption,
        MediaType mediaType,
        Instant postedAt,
        Metrics metrics,
        CaptionEntities entities,
        boolean reply,
        boolean repost,
        String language,
        String visibility,
        IngestSource ingestSource,
        List<Media> media) {

    public PostDraft {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(ingestSource, "ingestSource");
        caption = caption == null ? "" : caption;
        metrics = metrics == null ? Metrics.NONE : metrics;
        entities = entities == null ? CaptionEntities.NONE : entities;
        media = List.copyOf(media == null ? List.of() : media);
    }
}
