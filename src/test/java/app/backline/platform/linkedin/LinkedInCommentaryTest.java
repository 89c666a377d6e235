package app.backline.platform.linkedin;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkedInCommentaryTest {

    @Test
    void reservedCharactersLoseTheirBackslash() {
        assertEquals("Live (acoustic) | 2 sets * 3 songs <3 ~ _fin_ [sic] {x}",
                LinkedInCommentary.plain("Live \\(acoustic\\) \\| 2 sets \\* 3 songs \\<3 \\~ \\_fin\\_ \\[sic\\] \\{x\\}"));
        assertEquals("C:\\music", LinkedInCommentary.plain("C:\\\\music"));
    }

    @Test
    void mentionsBecomeTheirNames() {
        assertEquals("Thanks Live Nation and Jamie (Drums)!",
                LinkedInCommentary.plain("Thanks @[Live Nation](urn:li:organization:123) and @[Jamie \\(Drums\\)](urn:li:person:abc)!"));
    }

    @Test
    void hashtagTemplatesBecomeHashtags() {
        assertEquals("#tour #NewMusic", LinkedInCommentary.plain("{hashtag|\\#|tour} {hashtag|\\#|NewMusic}"));
    }

    @Test
    void malformedMarkupIsKeptAsWritten() {
        assertEquals("mail me @[home", LinkedInCommentary.plain("mail me @[home"));
        assertEquals("{template|x} and {open", LinkedInCommentary.plain("{template|x} and {open"));
        assertEquals("", LinkedInCommentary.plain(null));
        assertEquals("trailing \\", LinkedInCommentary.plain("trailing \\"));
    }
}
