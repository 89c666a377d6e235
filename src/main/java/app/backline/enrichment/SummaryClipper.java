package app.backline.enrichment;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Shortens one over-long sentence to a maximum length: cut at the last space that fits (else the last word
 * boundary, else the last whole character, for scripts written without spaces), drop the punctuation left
 * hanging, and end with "…", counted in the length. Never cuts inside a surrogate pair, after a zero-width
 * joiner or between the two halves of a flag. Stateless.
 */
final class SummaryClipper {

    /** The ellipsis, the only character a summary may add. */
    static final String ELLIPSIS = "…";
    private static final String HANGING = ",;:-–—(/&+\"'«“‘ ";

    /**
     * {@code sentence} itself when it fits in {@code max}, else its clipped form.
     *
     * @param max at least 2
     */
    String clip(String sentence, int max, Locale locale) {
        if (sentence.length() <= max) {
            return sentence;
        }
        int limit = max - ELLIPSIS.length();
        int cut = sentence.lastIndexOf(' ', limit);
        if (cut <= 0) {
            cut = lastWordBoundary(sentence, limit, locale);
        }
        if (cut <= 0) {
            cut = limit;
        }
        cut = safeCut(sentence, cut);
        while (cut > 0 && HANGING.indexOf(sentence.charAt(cut - 1)) >= 0) {
            cut--;
        }
        if (cut == 0) {
            cut = safeCut(sentence, limit);
        }
        return sentence.substring(0, cut) + ELLIPSIS;
    }

    private static int lastWordBoundary(String sentence, int limit, Locale locale) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(sentence);
        int boundary = words.preceding(limit + 1);
        return boundary == BreakIterator.DONE ? 0 : boundary;
    }

    /** Moves a cut back until it does not split a character, an emoji sequence or a flag. */
    private static int safeCut(String s, int cut) {
        int c = Math.min(cut, s.length());
        while (c > 0 && c < s.length() && splitsCluster(s, c)) {
            c--;
        }
        return c;
    }

    private static boolean splitsCluster(String s, int at) {
        if (Character.isLowSurrogate(s.charAt(at))) {
            return true;
        }
        int next = s.codePointAt(at);
        int previous = s.codePointBefore(at);
        boolean joins = previous == 0x200D || next == 0x200D || next == 0xFE0F || next == 0xFE0E
                || (next >= 0x1F3FB && next <= 0x1F3FF) || Character.getType(next) == Character.NON_SPACING_MARK
                || Character.getType(next) == Character.ENCLOSING_MARK;
        return joins || (isRegionalIndicator(next) && oddRegionalIndicatorsBefore(s, at));
    }

    private static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    private static boolean oddRegionalIndicatorsBefore(String s, int at) {
        int count = 0;
        int i = at;
        while (i > 0 && isRegionalIndicator(s.codePointBefore(i))) {
            count++;
            i -= Character.charCount(s.codePointBefore(i));
        }
        return count % 2 == 1;
    }
}
