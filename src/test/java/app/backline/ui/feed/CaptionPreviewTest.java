package app.backline.ui.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaptionPreviewTest {

    @Test
    void shortCaptionsStayWhole() {
        assertFalse(CaptionPreview.isLong("New single out now"));
        assertEquals("New single out now", CaptionPreview.of("New single out now"));
    }

    @Test
    void longCaptionsAreCutBetweenWords() {
        String caption = "word ".repeat(100).strip();
        String preview = CaptionPreview.of(caption);
        assertTrue(CaptionPreview.isLong(caption));
        assertTrue(preview.length() <= CaptionPreview.MAX_CHARS + 1, preview);
        assertTrue(preview.endsWith("word…"), preview);
    }

    @Test
    void manyLinesAreCutAfterTheThird() {
        assertEquals("a\nb\nc…", CaptionPreview.of("a\nb\nc\nd\ne"));
    }
}
