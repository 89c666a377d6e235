package app.backline.enrichment;

import app.backline.domain.CaptionEntities;
import app.backline.domain.PostDraft;
import app.backline.domain.Tag;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Adds tags and a summary to posts: on the way into the store ({@link #enrich}) and again later for stored
 * posts when the rules change ({@link #tags}, {@link #summary}). Stateless after construction and thread-safe
 * as long as its tagger and summarizer are (the defaults are).
 */
public final class EnrichmentService {

    private final Tagger tagger;
    private final Summarizer summarizer;

    /**
     * @param tagger     says what a caption is about, for example {@link RuleTagger}
     * @param summarizer shortens captions, for example {@link ExtractiveSummarizer}
     */
    public EnrichmentService(Tagger tagger, Summarizer summarizer) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    }

    /** The rule tagger and the extractive summarizer: what runs offline by default. */
    public static EnrichmentService standard() {
        return new EnrichmentService(new RuleTagger(), new ExtractiveSummarizer());
    }

    /**
     * The draft with tags from its caption and entities and a summary of its caption (sentences split in the
     * draft's language when it has one).
     */
    public PostDraft enrich(PostDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return draft.withEnrichment(tags(draft.caption(), draft.entities()),
                summary(draft.caption(), draft.language()));
    }

    /** Tags of a caption: never empty, {@link Tag#GENERAL} when nothing else applies. */
    public Set<Tag> tags(String caption, CaptionEntities entities) {
        return tagger.tag(caption, entities == null ? CaptionEntities.NONE : entities);
    }

    /** Summary of a caption in no particular language; {@code ""} for an empty caption. */
    public String summary(String caption) {
        return summarizer.summarize(caption, Locale.ROOT);
    }

    /**
     * Summary of a caption whose language is known.
     *
     * @param language ISO 639-1 code or BCP 47 tag, {@code null} or blank when unknown
     */
    public String summary(String caption, String language) {
        return summarizer.summarize(caption, locale(language));
    }

    private static Locale locale(String language) {
        return language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language.strip());
    }
}
