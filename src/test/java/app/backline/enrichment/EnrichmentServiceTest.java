package app.backline.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.domain.Tag;
import app.backline.testing.Drafts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EnrichmentServiceTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    private final CaptionEntityExtractor extractor = new CaptionEntityExtractor();
    private final EnrichmentService service = new EnrichmentService(new RuleTagger(), new ExtractiveSummarizer());

    @Test
    void enrichAddsTagsAndSummaryAndKeepsEverythingElse() {
        String caption = "New single out now. Tour in May! https://ffm.to/x #newmusic #tour";
        PostDraft draft = withEntities(Drafts.post(Platform.X, "1", caption, AT), extractor.extract(caption));

        PostDraft enriched = service.enrich(draft);

        assertEquals(Set.of(Tag.RELEASE, Tag.SHOW), enriched.tags());
        assertEquals("New single out now. Tour in May!", enriched.summary());
        assertEquals(draft, enriched.withEnrichment(Set.of(), null));
    }

    @Test
    void emptyCaptionIsGeneralWithAnEmptySummary() {
        PostDraft enriched = service.enrich(Drafts.post(Platform.INSTAGRAM, null, "", AT));

        assertEquals(Set.of(Tag.GENERAL), enriched.tags());
        assertEquals("", enriched.summary());
    }

    @Test
    void rerunsRulesOnStoredCaptions() {
        assertEquals(Set.of(Tag.SHOW), service.tags("Tickets: https://dice.fm/e/1", null));
        assertEquals(Set.of(Tag.MERCH), service.tags("t", new CaptionEntities(List.of("merch"), List.of(), List.of())));
        assertEquals("Tickets", service.summary("Tickets: https://dice.fm/e/1"));
    }

    @Test
    void summariesUseTheDraftsLanguage() {
        AtomicReference<Locale> seen = new AtomicReference<>();
        EnrichmentService recording = new EnrichmentService((c, e) -> Set.of(Tag.GENERAL), (c, locale) -> {
            seen.set(locale);
            return c;
        });

        recording.enrich(withLanguage(Drafts.post(Platform.X, "2", "Hallo", AT), "de"));
        assertEquals(Locale.GERMAN, seen.get());
        recording.enrich(Drafts.post(Platform.X, "3", "Hi", AT));
        assertEquals(Locale.ROOT, seen.get());
        recording.summary("Hi", " ");
        assertEquals(Locale.ROOT, seen.get());
    }

    @Test
    void refusesMissingParts() {
        assertThrows(NullPointerException.class, () -> new EnrichmentService(null, new ExtractiveSummarizer()));
        assertThrows(NullPointerException.class, () -> new EnrichmentService(new RuleTagger(), null));
        assertThrows(NullPointerException.class, () -> service.enrich(null));
    }

    @Test
    void oneServiceServesManyThreadsWithTheSameResults() throws Exception {
        List<PostDraft> drafts = new ArrayList<>();
        for (LabelledCaptions.Labelled labelled : LabelledCaptions.all()) {
            String caption = labelled.caption();
            drafts.add(withEntities(Drafts.post(Platform.X, "id" + drafts.size(), caption, AT),
                    extractor.extract(caption)));
        }
        List<PostDraft> expected = drafts.stream().map(service::enrich).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<PostDraft>>> runs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                runs.add(pool.submit(() -> drafts.stream().map(service::enrich).toList()));
            }
            for (Future<List<PostDraft>> run : runs) {
                assertEquals(expected, run.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static PostDraft withEntities(PostDraft d, CaptionEntities entities) {
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(), d.mediaType(),
                d.postedAt(), d.metrics(), entities, d.reply(), d.repost(), d.language(), d.visibility(),
                d.ingestSource(), d.media());
    }

    private static PostDraft withLanguage(PostDraft d, String language) {
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(), MediaType.TEXT,
                d.postedAt(), d.metrics(), d.entities(), d.reply(), d.repost(), language, d.visibility(),
                IngestSource.IMPORT, d.media());
    }
}
