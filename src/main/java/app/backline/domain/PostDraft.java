package app.backline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A post as an importer or a platform client hands it to the store, before it has a database id.
 *
 * @param externalPostId the platform's id; {@code null} only for archives that carry none (Instagram),
 *                       in which case the store derives one with {@link ExternalIds#archiveDerived}
 * @param permalink      public address of the post, {@code null} when unknown
 * @param caption        text as published, never {@code null} (empty when the post has none)
 * @param postedAt       publication time, UTC
 * @param language       ISO 639-1 code or {@code null} when unknown
 * @param tags           what enrichment made of the caption; empty when not enriched yet
 * @param summary        at most 180 characters from the caption's own words; {@code null} when not enriched
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
        List<Media> media,
        Set<Tag> tags,
        String summary) {

    /** A draft not enriched yet (no tags, no summary). */
    public PostDraft(Platform platform, String externalPostId, String permalink, String caption,
                     MediaType mediaType, Instant postedAt, Metrics metrics, CaptionEntities entities,
                     boolean reply, boolean repost, String language, String visibility,
                     IngestSource ingestSource, List<Media> media) {
        this(platform, externalPostId, permalink, caption, mediaType, postedAt, metrics, entities, reply, repost,
                language, visibility, ingestSource, media, Set.of(), null);
    }

    public PostDraft {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(ingestSource, "ingestSource");
        caption = caption == null ? "" : caption;
        metrics = metrics == null ? Metrics.NONE : metrics;
        entities = entities == null ? CaptionEntities.NONE : entities;
        media = List.copyOf(media == null ? List.of() : media);
        tags = Set.copyOf(tags == null ? Set.of() : tags);
    }

    /** This draft with enrichment's tags and summary. */
    public PostDraft withEnrichment(Set<Tag> newTags, String newSummary) {
        return new PostDraft(platform, externalPostId, permalink, caption, mediaType, postedAt, metrics, entities,
                reply, repost, language, visibility, ingestSource, media, newTags, newSummary);
    }
}
