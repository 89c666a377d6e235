package app.backline.enrichment;

import static app.backline.enrichment.TagExpectations.assertTags;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Tag;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words that look like a tag and are not, and the limits the rules knowingly keep. */
class TagNegativeRulesTest {

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            Live, laugh, love                                        => general
            We live for this                                         => general
            What a record, on repeat all week                        => general
            Can't stop playing this record                           => general
            Great workshop with young producers today                => general
            Best coffee shop in town?                                => general
            We've signed to a new label!                             => general
            Thanks for supporting us all these years                 => general
            Who knows what's in store for 2026                       => general
            Happy birthday to our drummer                            => general
            Tourism board called, they want their photo back         => general
            Shopping for strings                                     => general
            Recorded live in one take                                => general
            Our live stream starts at 8                              => general
            It's a press release, not a poem                         => general
            Listening to the radio edit in the car                   => general
            Can't wait for you to watch the new episode              => general
            These charts show how royalties work                     => general
            Wanted to show you what we made                          => general
            """)
    void looksLikeATagButIsNot(String caption, String expected) {
        assertTags(expected, caption);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            The new tour hoodie is in the shop                   => merch
            Tonight at midnight the new single drops             => release
            New single out tonight                               => release
            Pre-order the new hoodie                             => merch
            Watch our Tiny Desk concert                          => press
            A COLORS SHOW with us is up                          => press
            Pitchfork gave us Best New Music for the new album   => release+press
            Resident Advisor tickets are live for Saturday       => show
            Resident Advisor wrote about us                      => press
            """)
    void aNeighbouringWordChangesTheTag(String caption, String expected) {
        assertTags(expected, caption);
    }

    @Test
    void emptyCaptionsAreGeneral() {
        RuleTagger tagger = TagExpectations.tagger();

        assertEquals(Set.of(Tag.GENERAL), tagger.tag(null, null));
        assertEquals(Set.of(Tag.GENERAL), tagger.tag("", CaptionEntities.NONE));
        assertEquals(Set.of(Tag.GENERAL), tagger.tag("🔥🔥🔥", CaptionEntities.NONE));
        assertEquals(Set.of(Tag.GENERAL), tagger.tag("東京、ありがとう", CaptionEntities.NONE));
    }

    /** Documented in docs/decisions/tags-and-summaries.md: words are read, not meaning. */
    @Test
    void knownLimitsStayVisible() {
        assertTags("press", "Our restaurant review went viral");
        assertTags("show", "Quick tour of the studio");
        assertTags("release+merch", "Shirts jetzt erhältlich");
    }
}
