package app.backline.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Undoing LinkedIn's per-line quotes in decoded ShareCommentary values. */
class LinkedInCommentaryTest {

    /** What a CSV parser makes of LinkedIn's encoding of {@code text}: every line break wrapped in quotes. */
    static String asLinkedInDecodes(String text) {
        return text.replace("\n", "\"\n\"");
    }

    @Test
    void unwrapsEveryLineBreakIncludingEmptyLines() {
        String text = "First line.\n\nSecond line.\nThird line.";

        assertEquals("First line.\"\n\"\"\n\"Second line.\"\n\"Third line.", asLinkedInDecodes(text));
        assertEquals(text, LinkedInCommentary.unwrap(asLinkedInDecodes(text)));
    }

    @Test
    void keepsQuotesThatBelongToTheText() {
        for (String text : new String[] {"He said \"hi\"\nand \"left\"", "\"Quoted first line\"\n\"quoted last\"",
                "a\n\"\n\"\nb", "ends with a break\n", "\nstarts with a break", "\n\n\n"}) {
            assertEquals(text, LinkedInCommentary.unwrap(asLinkedInDecodes(text)), text);
        }
    }

    @Test
    void leavesSingleLineTextAndAlreadyCorrectTextAlone() {
        assertEquals("Damn!", LinkedInCommentary.unwrap("Damn!"));
        assertEquals("say \"cheese\"", LinkedInCommentary.unwrap("say \"cheese\""));
        assertEquals("plain\nmulti-line", LinkedInCommentary.unwrap("plain\nmulti-line"));
        assertEquals("half\"\nwrapped", LinkedInCommentary.unwrap("half\"\nwrapped"));
        assertEquals("two breaks\"\n\"\nshare a quote", LinkedInCommentary.unwrap("two breaks\"\n\"\nshare a quote"));
        assertEquals("", LinkedInCommentary.unwrap(null));
    }

    @Test
    void readsWindowsLineBreaksAsUnixOnes() {
        assertEquals("one\ntwo", LinkedInCommentary.unwrap("one\"\r\n\"two"));
        assertEquals("one\ntwo", LinkedInCommentary.unwrap("one\r\ntwo"));
    }
}
