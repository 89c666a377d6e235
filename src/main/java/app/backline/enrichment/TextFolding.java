package app.backline.enrichment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: compatibility decomposition (so styled letters such as 𝗢𝗨𝗧 read as OUT and ligatures
 * split), accents removed, typographic quotes and dashes mapped to their ASCII forms, ß to ss. Rules and captions
 * go through the same folding, so a rule written as "erhältlich" matches "erhaltlich" and "ERHÄLTLICH" alike.
 */
final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC\\u0060\\u00B4]");
    private static final Pattern QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u00AB\\u00BB]");

    private TextFolding() {
    }

    /** Accent-free text that keeps the case of its letters, for rules that look at capitals (venues, cities). */
    static String foldKeepCase(String text) {
        if (isAscii(text)) {
            // nothing to decompose, strip or map: most captions take this path
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        plain = DASHES.matcher(plain).replaceAll("-");
        plain = APOSTROPHES.matcher(plain).replaceAll("'");
        plain = QUOTES.matcher(plain).replaceAll("\"");
        return plain.replace("ß", "ss").replace("ẞ", "SS");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Accent-free, lower-case text: what word rules are matched against. */
    static String fold(String text) {
        return foldKeepCase(text).toLowerCase(Locale.ROOT);
    }
}
