package app.backline.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    @Test
    void emptyCaptionsHaveAnEmptySummary() {
        assertEquals("", summarizer.summarize(null));
        assertEquals("", summarizer.summarize(""));
        assertEquals("", summarizer.summarize("  \n "));
        assertEquals("", summarizer.summarize("https://ffm.to/x #newmusic #indie 🔥🔥"));
        assertEquals("", summarizer.summarize("🇬🇧🇬🇧\n———\n✨"));
    }

    @Test
    void takesTheFirstTwoSentences() {
        assertEquals("New single out now. Tour in May.",
                summarizer.summarize("New single out now. Tour in May. Merch soon. Love you all."));
    }

    @Test
    void eachLineEndsASentenceAndALineBreakBecomesOneSpace() {
        assertEquals("UK TOUR 04 Apr – Glasgow, King Tut's",
                summarizer.summarize("UK TOUR\n\n04 Apr – Glasgow, King Tut's\n05 Apr – Leeds, Brudenell"));
    }

    @Test
    void aSecondSentenceThatDoesNotFitIsLeftOut() {
        String first = "Short first sentence.";
        String second = "A second one that is far too long " + "to fit ".repeat(30) + "at all.";

        assertEquals(first, summarizer.summarize(first + " " + second));
    }

    @Test
    void stripsLinksWithAndWithoutScheme() {
        assertEquals("Stream it here. Tickets at", summarizer.summarize(
                "Stream it here: https://open.spotify.com/album/x?si=1. Tickets at www.band.com/tour"));
        assertEquals("Hoodies at", summarizer.summarize("Hoodies at band.com/merch"));
    }

    @Test
    void stripsTheHashtagBlockAtTheEndButKeepsHashtagsInProse() {
        assertEquals("Out now!", summarizer.summarize("Out now! #newmusic #indie #bandcamp"));
        assertEquals("Out now", summarizer.summarize("Out now #newmusic #indie"));
        assertEquals("Thanks!", summarizer.summarize("Thanks! #tour"));
        assertEquals("See you on #tour", summarizer.summarize("See you on #tour"));
        assertEquals("#NewMusicFriday add it to your playlists",
                summarizer.summarize("#NewMusicFriday add it to your playlists"));
        assertEquals("Out now. Link in bio.", summarizer.summarize("Out now.\n#a #b #c\nLink in bio."));
    }

    @Test
    void stripsTheMentionsARepliesStartsWith() {
        assertEquals("thanks", summarizer.summarize("@a @b thanks"));
        assertEquals("thanks so much!! means a lot", summarizer.summarize("@maria_k, @danny.b thanks so much!! means a lot"));
        assertEquals("Thanks @label for everything", summarizer.summarize("Thanks @label for everything"));
        assertEquals("@a @b", summarizer.summarize("@a @b"));
    }

    @Test
    void dropsEmojiOnlyLinesAndExtraSpaceButKeepsEmojiInText() {
        assertEquals("New single out now 🖤 Listen everywhere",
                summarizer.summarize("🔥🔥🔥\n\n   New   single\tout now 🖤   \n———\nListen everywhere"));
    }

    @Test
    void clipsAVeryLongSentenceAtAWordBoundary() {
        String caption = "We wrote this one in a cabin " + "far away from everything ".repeat(12) + "and loved it";

        String summary = summarizer.summarize(caption);

        assertTrue(summary.length() <= 180, summary);
        assertTrue(summary.endsWith("…"), summary);
        String kept = summary.substring(0, summary.length() - 1);
        assertTrue(caption.startsWith(kept), summary);
        assertTrue(caption.charAt(kept.length()) == ' ', "cut inside a word: " + summary);
    }

    @Test
    void clipsAnUnbrokenRunAndAScriptWithoutSpaces() {
        assertEquals("x".repeat(179) + "…", summarizer.summarize("x".repeat(400)));
        String chinese = "我们的新专辑今天终于发行了".repeat(20) + "。";

        String summary = summarizer.summarize(chinese);

        assertEquals(180, summary.length());
        assertTrue(chinese.startsWith(summary.substring(0, 179)));
    }

    @Test
    void cjkSentencesKeepTheirOwnSpacing() {
        assertEquals("我们的新专辑今天发行！快来听吧。", summarizer.summarize("我们的新专辑今天发行！快来听吧。第三句。"));
        assertEquals("新しいアルバム発売中！ツアーも決定", summarizer.summarize("新しいアルバム発売中！ツアーも決定", Locale.JAPANESE));
    }

    @Test
    void neverCutsInsideAnEmojiOrAFlag() {
        String flags = "Tour " + "🇬🇧🇫🇷".repeat(60);
        String family = "Family " + "👨‍👩‍👧".repeat(40);

        String flagSummary = summarizer.summarize(flags);
        String familySummary = summarizer.summarize(family);

        int regional = flagSummary.codePoints().map(c -> c >= 0x1F1E6 && c <= 0x1F1FF ? 1 : 0).sum();
        assertEquals(0, regional % 2, flagSummary);
        assertTrue(familySummary.endsWith("👧…") || familySummary.endsWith("Family…"), familySummary);
        assertTrue(flagSummary.length() <= 180 && familySummary.length() <= 180);
    }

    @Test
    void smallerLimitsAndTheCaptionsLocale() {
        ExtractiveSummarizer short1 = new ExtractiveSummarizer(20, 1);

        assertEquals("Das Album erscheint…", short1.summarize("Das Album erscheint am 14. März auf Vinyl.", Locale.GERMAN));
        assertEquals("Neues Album. Tour im Mai.", summarizer.summarize("Neues Album. Tour im Mai.", Locale.GERMAN));
        assertThrows(IllegalArgumentException.class, () -> new ExtractiveSummarizer(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ExtractiveSummarizer(180, 0));
    }
}
