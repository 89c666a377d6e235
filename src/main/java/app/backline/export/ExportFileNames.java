package app.backline.export;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** Builds file names for exports from artist names: ASCII only, safe on every OS. */
final class ExportFileNames {

    static final int MAX_SLUG_LENGTH = 60;
    static final String FALLBACK_SLUG = "artist";

    private ExportFileNames() {
    }

    /** e.g. {@code "ada-lovelace-posts-2026-11-22.csv"}. */
    static String fileName(String artistName, ExportFormat format, LocalDate day) {
        return slug(artistName) + "-posts-" + day + "." + format.extension();
    }

    /**
     * Lower-case ASCII letters and digits separated by single hyphens: accents are dropped
     * ("Beyoncé" → "beyonce"), everything else separates words. {@value #FALLBACK_SLUG} when
     * nothing is left (e.g. a name in a non-Latin script); at most {@value #MAX_SLUG_LENGTH} characters.
     */
    static String slug(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String slug = decomposed.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK_SLUG : slug;
    }
}
