package app.backline.enrichment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The summary's promises, checked on every labelled caption and on captions mixed from them at random (fixed
 * seed): at most 180 characters and two sentences, every word taken from the caption, and no character the
 * caption lacks except spaces and a final "…".
 */
class SummaryConstraintsTest {

    private static final String[] DECORATIONS = {
        " #newmusic #tour", "\n\n", " https://ffm.to/abc ", " 🔥🖤 ", "\n———\n", " @someone ", "。", " www.band.com/shop",
        "\n🇬🇧🇫🇷\n", " 👨‍👩‍👧 ", " dice.fm ", "!! ", " 新しいアルバム発売中！",
    };

    /** A word: letters and digits (a clipped word of a script without spaces is still a part of the caption). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    @Test
    void everyLabelledCaptionGetsAValidSummary() {
        for (LabelledCaptions.Labelled labelled : LabelledCaptions.all()) {
            String summary = summarizer.summarize(labelled.caption(), Locale.forLanguageTag(labelled.language()));
            assertValid(labelled.caption(), summary);
            assertFalse(summary.isEmpty(), "empty summary for line " + labelled.line());
        }
    }

    @Test
    void randomCaptionsMixedFromTheLabelledOnesGetValidSummaries() {
        List<String> captions = LabelledCaptions.all().stream().map(LabelledCaptions.Labelled::caption).toList();
        Random random = new Random(20_260_101L);
        for (int i = 0; i < 500; i++) {
            StringBuilder caption = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                caption.append(random.nextBoolean()
                        ? captions.get(random.nextInt(captions.size()))
                        : DECORATIONS[random.nextInt(DECORATIONS.length)]);
                if (random.nextInt(4) == 0) {
                    caption.append(" ").append("longer and longer ".repeat(random.nextInt(15)));
                }
            }
            assertValid(caption.toString(), summarizer.summarize(caption.toString()));
        }
    }

    static void assertValid(String caption, String summary) {
        String context = "\ncaption: " + caption + "\nsummary: " + summary;
        assertTrue(summary.length() <= Summarizer.MAX_LENGTH, "too long" + context);
        assertTrue(sentences(summary) <= 2, "more than two sentences" + context);
        assertTrue(summary.equals(summary.strip()), "untrimmed" + context);
        String body = summary.endsWith("…") && !caption.contains(summary) ? summary.substring(0, summary.length() - 1)
                : summary;
        assertFalse(body.contains("…") && !caption.contains("…"), "ellipsis inside" + context);
        Matcher words = WORD.matcher(body);
        while (words.find()) {
            assertTrue(caption.contains(words.group()), "'" + words.group() + "' is not in the caption" + context);
        }
        body.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> assertTrue(
                caption.indexOf(c) >= 0, "'" + Character.toString(c) + "' is not in the caption" + context));
    }

    private static int sentences(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(text);
        List<String> found = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
                found.add(text.substring(start, end));
            }
        }
        return found.size();
    }
}
