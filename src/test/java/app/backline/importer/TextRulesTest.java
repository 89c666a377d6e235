package app.backline.importer;

import app.backline.domain.LanguageCodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void repairsUtf8WrittenAsLatin1() {
        String broken = "Un Taxi \u00f0\u009f\u0087\u00a8\u00f0\u009f\u0087\u00b4";

        assertEquals("Un Taxi \uD83C\uDDE8\uD83C\uDDF4", Mojibake.repair(broken));
    }

    @Test
    void leavesCorrectOrPlainTextAlone() {
        String ascii = "plain";
        String emoji = "ok \uD83C\uDDE8\uD83C\uDDF4";
        String latin1 = "caf\u00e9";

        assertSame(ascii, Mojibake.repair(ascii));
        assertSame(emoji, Mojibake.repair(emoji));
        assertSame(latin1, Mojibake.repair(latin1), "not valid UTF-8 bytes: genuine Latin-1 stays");
        assertNull(Mojibake.repair(null));
    }

    @Test
    void keepsRealLanguagesAndDropsXPseudoCodes() {
        assertEquals("de", LanguageCodes.toIso6391("de"));
        assertEquals("zh", LanguageCodes.toIso6391("zh-cn"));
        assertEquals("id", LanguageCodes.toIso6391("in"));
        for (String pseudo : new String[] {"qme", "qam", "qht", "qct", "qst", "und", "zxx", "", null}) {
            assertNull(LanguageCodes.toIso6391(pseudo), pseudo);
        }
    }

    @Test
    void normalizesSafeEntryNames() {
        assertEquals(Optional.of("data/tweets.js"), EntryNames.normalize("./data//tweets.js", "a.zip"));
        assertEquals(Optional.of("data/tweets.js"), EntryNames.normalize("data\\tweets.js", "a.zip"));
        assertEquals(Optional.empty(), EntryNames.normalize("data/", "a.zip"));
    }

    @Test
    void makesSafeStableFileNames() {
        assertEquals("123-AbC_d.jpg", MediaStager.safeFileName("123-AbC d.jpg"));
        assertEquals("_hidden", MediaStager.safeFileName(".hidden"));
        assertEquals("_", MediaStager.safeFileName(""));
    }
}
