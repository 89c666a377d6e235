package app.backline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextQueryTest {

    private final TextQuery text = new TextQuery(PostDocuments.analyzer());

    private String parsed(String input) {
        return text.parse(input).orElseThrow().toString();
    }

    @Test
    void everyWordIsARequiredPrefixOfAWord() {
        assertEquals("#text:tour* #text:dates*", parsed("  Tour   DATES "));
    }

    @Test
    void hashtagsAndMentionsSearchTheirOwnFields() {
        assertEquals("#hashtag:newmusic* #mention:sonar_fest*", parsed("#NewMusic @Sonar_Fest"));
    }

    @Test
    void aOneLetterWordMustBeAWholeWord() {
        assertEquals("#text:a #text:day*", parsed("a day"));
    }

    @Test
    void punctuationInsideAWordSplitsItAsInTheCaptions() {
        assertEquals("#text:https* #text:example.com* #text:r #text:x1*", parsed("https://example.com/r/x1"));
        assertEquals("#text:50*", parsed("50%"));
    }

    @Test
    void wordsWithoutLettersOrDigitsAndBlankTextAreLeftToSql() {
        assertTrue(text.parse("sold !!!").isEmpty());
        assertTrue(text.parse("#").isEmpty());
        assertTrue(text.parse("   ").isEmpty());
    }
}
