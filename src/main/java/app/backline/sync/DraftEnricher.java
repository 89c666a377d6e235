package app.backline.sync;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.domain.Tag;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prepares API drafts as the archive import prepares archive drafts: caption entities extracted where the
 * platform gave none, then tags and a summary.
 *
 * <p>Every poll brings back the account's newest posts, nearly always unchanged, and enriching a caption (entity
 * extraction, the tag rules, the summary) costs more CPU than everything else in a quiet poll. So the results are
 * remembered by their inputs (platform, caption, language, the platform's entities) for the last
 * {@value #REMEMBERED} captions, enough for a few hundred accounts' first poll pages; the same inputs give the
 * same result, so a remembered one is exactly what enriching again would give. Thread-safe.
 */
final class DraftEnricher {

    /** Captions remembered (about 1 KB each). */
    static final int REMEMBERED = 8192;

    /** What enrichment reads from a draft. */
    private record Inputs(Platform platform, String caption, String language, CaptionEntities entities) {
    }

    /** What enrichment adds to a draft. */
    private record Enriched(CaptionEntities entities, Set<Tag> tags, String summary) {
    }

    private final CaptionEntityExtractor entities;
    private final EnrichmentService enrichment;
    private final Map<Inputs, Enriched> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Inputs, Enriched> eldest) {
            return size() > REMEMBERED;
        }
    };

    DraftEnricher(CaptionEntityExtractor entities, EnrichmentService enrichment) {
        this.entities = entities;
        this.enrichment = enrichment;
    }

    List<PostDraft> enrich(List<PostDraft> drafts) {
        return drafts.stream().map(this::enrich).toList();
    }

    private PostDraft enrich(PostDraft d) {
        Inputs inputs = new Inputs(d.platform(), d.caption(), d.language(), d.entities());
        Enriched known;
        synchronized (remembered) {
            known = remembered.get(inputs);
        }
        if (known == null) {
            PostDraft fresh = enrichment.enrich(withEntities(d));
            known = new Enriched(fresh.entities(), fresh.tags(), fresh.summary());
            synchronized (remembered) {
                remembered.put(inputs, known);
            }
        }
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(), d.mediaType(),
                d.postedAt(), d.metrics(), known.entities(), d.reply(), d.repost(), d.language(), d.visibility(),
                d.ingestSource(), d.media(), known.tags(), known.summary());
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
