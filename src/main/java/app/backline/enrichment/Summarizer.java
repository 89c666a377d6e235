package app.backline.enrichment;

import java.util.Locale;

/**
 * Makes a short summary of a caption for lists and exports. Implementations are stateless and thread-safe.
 */
public interface Summarizer {

    /** Longest summary, in UTF-16 characters, an added ellipsis included. */
    int MAX_LENGTH = 180;

    /**
     * A summary built only from the caption's own words.
     *
     * @param caption the caption as published; {@code null} reads as empty
     * @param locale  the caption's language, for sentence boundaries; {@link Locale#ROOT} when unknown
     * @return at most {@link #MAX_LENGTH} characters and two sentences; {@code ""} when the caption has no text
     *         worth keeping (empty, or only links, hashtags and emoji)
     */
    String summarize(String caption, Locale locale);

    /** Like {@link #summarize(String, Locale)} with {@link Locale#ROOT}. */
    default String summarize(String caption) {
        return summarize(caption, Locale.ROOT);
    }
}
