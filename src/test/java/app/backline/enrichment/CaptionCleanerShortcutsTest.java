package app.backline.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The cleaner's hand-written scans give exactly what the regular expressions they replace would give. */
class CaptionCleanerShortcutsTest {

    private static final String[] PIECES = {"#tour", "#2024", "#_x", "#", "##a", "@fan", "word", "Ünïcode", "1",
        " ", "  ", "\n", ".", "!", "…", "🎉", "👉", "\uFE0F", ":", "→", "-", "é", "\u0301", "⬇", "\t", "#été",
        "(", "'", "#a_b", "x#y"};

    @Test
    void trailingHashtagsAreRemovedAsTheRegexWould() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random).strip();
            String expected = CaptionCleaner.TRAILING_HASHTAGS.matcher(text).replaceFirst("");
            assertThat(CaptionCleaner.withoutTrailingHashtags(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void leadInEndsAreRemovedAsTheRegexWould() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            String line = random(random).replace("\n", " ");
            String expected = CaptionCleaner.LEAD_IN_END.matcher(line).replaceFirst("");
            assertThat(CaptionCleaner.withoutLeadInEnd(line)).as(line).isEqualTo(expected);
        }
    }

    private static String random(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }
}
