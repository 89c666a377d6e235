package app.backline.enrichment;

import static app.backline.enrichment.TagExpectations.assertTags;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English word rules, hashtags, and how phrases match (separators, stems, case, accents, styled letters). */
class TagWordRulesTest {

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            'Winter Light' is out now, go stream it                       => release
            Our debut album arrives in spring, title track out tomorrow   => release
            The new EP lands at midnight, add it to your playlists        => release
            Presave the record here before Friday                         => release
            Pre-order the album today                                     => release
            Lyric video for the lead single just went up                  => release
            The mixtape is here. No features, all heart.                  => release
            Winter Light out Friday                                       => release
            Out 14 February, pre-save via the link                        => release
            Tickets for the spring tour are on sale now                   => show
            Headlining the Lexington tonight, doors at 8                  => show
            Sold out in Leeds, extra date added                           => show
            Festival season is here                                       => show
            Supporting our pals on their run in May, come early           => show
            Last night at Brudenell: unreal                               => show
            Glastonbury. That's all. That's the caption.                  => show
            New hoodies and a tote in the shop                            => merch
            Limited edition marbled vinyl, only 300 made                  => merch
            Restock: tees back in stock in all sizes                      => merch
            Cassette run of the demos, hand-numbered                      => merch
            A signed poster goes to everyone who orders this week         => merch
            Read our interview in the latest issue                        => press
            We premiered the video with Stereogum this morning            => press
            Thanks to Lauren at BBC 6 Music for having us in              => press
            Our session for KEXP is up                                    => press
            Featured on the cover of Loud and Quiet this month            => press
            Spoke about the album on the Song Exploder podcast            => press
            Pre-order the new album on vinyl                              => release+merch
            New single out now and the tour starts next week              => release+show
            Tour announce + an interview with the Guardian                => show+press
            Vinyl, tour tickets and the new single, all in bio            => release+show+merch
            """)
    void englishPhrasesGiveTags(String caption, String expected) {
        assertTags(expected, caption);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            #NewMusicFriday                        => release
            #newmusic #indie                       => release
            #OutNow                                => release
            #new_music                             => release
            #presave                               => release
            #NMF                                   => release
            #tour #ukdates                         => show
            #ontour                                => show
            #tourlife                              => show
            #soldout                               => show
            #merch                                 => merch
            #merchdrop                             => merch
            #interview                             => press
            """)
    void hashtagsAreWords(String caption, String expected) {
        assertTags(expected, caption);
    }

    @Test
    void spacesHyphensAndNothingBetweenWordsAreTheSame() {
        assertTags("release", "pre-save now");
        assertTags("release", "pre save now");
        assertTags("release", "PRESAVE NOW");
        assertTags("merch", "new t-shirt");
        assertTags("merch", "new tshirt");
        assertTags("merch", "new t shirt");
    }

    @Test
    void caseAccentsAndStyledLettersDoNotMatter() {
        assertTags("release", "𝗢𝗨𝗧 𝗡𝗢𝗪");
        assertTags("release", "ＯＵＴ ＮＯＷ");
        assertTags("release", "neue Single JETZT ERHÄLTLICH");
        assertTags("release", "neue single jetzt erhaltlich");
        assertTags("show", "TOURNEE 2026");
        assertTags("show", "tournée 2026");
    }

    @Test
    void aStemCoversEndings() {
        assertTags("show", "ticket link below");
        assertTags("show", "tickets link below");
        assertTags("show", "#ticketsonsale");
        assertTags("merch", "hoodies");
    }
}
