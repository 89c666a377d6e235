package app.backline.enrichment;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text with where they start: maximal runs of letters and digits, exactly the word boundaries
 * the rules' {@code \p{L}\p{N}} look-arounds see. Phrase rules use it to run their pattern only where one of
 * their trigger words starts ({@link TriggerPrefixes}) instead of at every position of the caption.
 */
final class WordStarts {

    private final String[] words;
    private final int[] starts;

    private WordStarts(String[] words, int[] starts) {
        this.words = words;
        this.starts = starts;
    }

    static WordStarts of(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                starts.add(start);
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
            starts.add(start);
        }
        return new WordStarts(words.toArray(String[]::new), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code \p{L}} or {@code \p{N}}, as in java.util.regex. */
    static boolean isWordChar(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    int size() {
        return words.length;
    }

    /** The i-th word in text order. */
    String word(int i) {
        return words[i];
    }

    /** Where the i-th word starts (char index). */
    int start(int i) {
        return starts[i];
    }
}
