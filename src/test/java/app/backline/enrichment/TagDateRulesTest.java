package app.backline.enrichment;

import static app.backline.enrichment.TagExpectations.assertTags;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates followed by a venue or city read as shows; "out" followed by a date reads as a release. */
class TagDateRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            Just added: 12 May – Berlin, Lido
            Fri 3/14 @ The Roxy
            Mar 3 - Brooklyn, NY @ Elsewhere
            14 de junio - Madrid, La Riviera
            9 nov. | Paris, La Maroquinerie
            May 12th at The Fillmore
            21/09 @ Le Botanique
            """)
    void dateWithVenueIsAShow(String caption) {
        assertTags("show", caption);
    }

    @Test
    void tourListingsLineByLine() {
        assertTags("show", "Spring:\n03.05. Leipzig Conne Island\n04.05. Dresden Beatpol");
        assertTags("show", "MAY 12 LONDON ELECTRIC BALLROOM\nMAY 14 BRISTOL THEKLA");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            Out 12 September on Sleepwalk
            out on May 3rd
            Winter Light out on 3/14
            The album is out this Friday
            """)
    void outWithADateIsARelease(String caption) {
        assertTags("release", caption);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            4/5 from the paper, we'll take it
            10/10 @someone
            1.5 Million views, thank you
            Danke für 10.000 Follower
            Born 12 May 1994
            """)
    void numbersThatAreNotShowDates(String caption) {
        assertTags("general", caption);
    }

    @Test
    void soldOutOnADayIsNotARelease() {
        assertTags("show", "Sold out Friday, thank you");
        assertTags("show", "sold out tonight");
    }
}
