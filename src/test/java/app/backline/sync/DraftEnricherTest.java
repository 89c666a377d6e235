package app.backline.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.domain.Tag;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A quiet poll brings the same captions again: their enrichment is remembered, and is what it would have been. */
class DraftEnricherTest {

    private final AtomicInteger tagged = new AtomicInteger();
    private final AtomicInteger summarised = new AtomicInteger();
    private final EnrichmentService counting = new EnrichmentService((caption, entities) -> {
        tagged.incrementAndGet();
        return caption.contains("tour") || entities.hashtags().contains("tour") ? Set.of(Tag.SHOW) : Set.of(Tag.GENERAL);
    }, (caption, locale) -> {
        summarised.incrementAndGet();
        return caption.substring(0, Math.min(12, caption.length())) + "/" + locale.toLanguageTag();
    });
    private final DraftEnricher enricher = new DraftEnricher(new CaptionEntityExtractor(), counting);

    private static PostDraft draft(String id, String caption, String language, CaptionEntities entities, long likes) {
        return new PostDraft(Platform.INSTAGRAM, id, "https://instagram.example/p/" + id, caption, MediaType.IMAGE,
                Instant.parse("2026-01-01T10:00:00Z").plusSeconds(likes), new Metrics(likes, 1L, null, null), entities,
                false, false, language, "PUBLIC", IngestSource.POLL, List.of());
    }

    @Test
    void theSameCaptionIsEnrichedOnceAndGetsWhatEnrichingAgainWouldGive() {
        PostDraft first = draft("1", "On tour with @band #live https://band.example", "en", null, 10);
        PostDraft again = draft("1", first.caption(), "en", null, 12);

        PostDraft a = enricher.enrich(List.of(first)).get(0);
        PostDraft b = enricher.enrich(List.of(again)).get(0);

        assertEquals(1, tagged.get());
        assertEquals(1, summarised.get());
        PostDraft expected = counting.enrich(new PostDraft(again.platform(), again.externalPostId(), again.permalink(),
                again.caption(), again.mediaType(), again.postedAt(), again.metrics(),
                new CaptionEntityExtractor().extract(again.caption(), Platform.INSTAGRAM), again.reply(), again.repost(),
                again.language(), again.visibility(), again.ingestSource(), again.media()));
        assertEquals(expected, b);
        assertEquals(List.of("live"), b.entities().hashtags());
        assertEquals(new Metrics(12L, 1L, null, null), b.metrics());
        assertEquals(a.tags(), b.tags());
    }

    @Test
    void anotherCaptionLanguageOrPlatformEntitiesAreEnrichedAnew() {
        enricher.enrich(List.of(draft("1", "Studio day", "en", null, 1)));
        enricher.enrich(List.of(draft("1", "Studio day!", "en", null, 1)));
        PostDraft german = enricher.enrich(List.of(draft("1", "Studio day", "de", null, 1))).get(0);
        PostDraft tagged2 = enricher.enrich(List.of(draft("1", "Studio day", "en",
                new CaptionEntities(List.of("tour"), List.of(), List.of()), 1))).get(0);

        assertEquals(4, summarised.get());
        assertEquals("Studio day/" + Locale.forLanguageTag("de").toLanguageTag(), german.summary());
        assertEquals(Set.of(Tag.SHOW), tagged2.tags());
        assertEquals(List.of("tour"), tagged2.entities().hashtags());
    }
}
