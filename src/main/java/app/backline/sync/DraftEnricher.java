package app.backline.sync;

import app.backline.domain.CaptionEntities;
import app.backline.domain.PostDraft;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import java.util.List;

/**
 * Prepares API drafts as the archive import prepares archive drafts: caption entities extracted where the
 * platform gave none, then tags and a summary.
 */
final class DraftEnricher {

    private final CaptionEntityExtractor entities;
    private final EnrichmentService enrichment;

    DraftEnricher(CaptionEntityExtractor entities, EnrichmentService enrichment) {
        this.entities = entities;
        this.enrichment = enrichment;
    }

    List<PostDraft> enrich(List<PostDraft> drafts) {
        return drafts.stream().map(this::withEntities).map(enrichment::enrich).toList();
    }

    private PostDraft withEntities(PostDraft d) {
        if (!d.entities().equals(CaptionEntities.NONE) || d.caption().isBlank()) {
            return d;
        }
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(), d.mediaType(),
                d.postedAt(), d.metrics(), entities.extract(d.caption(), d.platform()), d.reply(), d.repost(),
                d.language(), d.visibility(), d.ingestSource(), d.media());
    }
}
