package app.backline.enrichment;

import static app.backline.enrichment.TagExpectations.assertTags;
import static app.backline.enrichment.TagExpectations.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.backline.domain.CaptionEntities;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Link rules: streaming and smart links, ticketing, stores, outlets; the most specific rule wins. */
class TagLinkRulesTest {

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', commentCharacter = '^', textBlock = """
            https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC        => release
            https://spotify.link/AbC123                                   => release
            https://music.apple.com/us/album/some-album/123456            => release
            https://hollowpines.bandcamp.com/album/winter-light          => release
            https://music.youtube.com/watch?v=abc                         => release
            https://www.deezer.com/en/album/123                           => release
            https://tidal.com/browse/album/123                            => release
            https://soundcloud.com/hollowpines/winter-light               => release
            https://music.amazon.de/albums/B0ABC                          => release
            https://ffm.to/winterlight                                    => release
            https://found.ee/winterlight                                  => release
            https://hollowpines.lnk.to/winterlight                        => release
            https://song.link/s/abc    |https://album.link/s/abc          => release
            https://odesli.co/abc                                         => release
            https://smarturl.it/winterlight                               => release
            https://hypeddit.com/hollowpines/winterlight                  => release
            https://distrokid.com/hyperfollow/hollowpines/winter-light   => release
            https://push.fm/fl/abc                                        => release
            https://fanlink.to/winterlight                                => release
            https://toneden.io/hollowpines/post/winterlight               => release
            https://orcd.co/winterlight                                   => release
            https://share.amuse.io/track/hollow-pines-winter-light        => release
            https://www.ticketmaster.co.uk/hollow-pines-tickets/artist/1 => show
            https://www.eventim.de/artist/hollow-pines/                   => show
            https://dice.fm/event/abc-hollow-pines                        => show
            https://link.dice.fm/abc                                      => show
            https://www.songkick.com/artists/123-hollow-pines             => show
            https://www.bandsintown.com/a/123                             => show
            https://www.axs.com/events/123                                => show
            https://www.seetickets.us/event/hollow-pines/123              => show
            https://ra.co/events/1234567                                  => show
            https://www.eventbrite.co.uk/e/hollow-pines-123               => show
            https://www.tixr.com/groups/venue/events/hollow-pines-1      => show
            https://hollowpines.com/tour                                  => show
            https://hollowpines.bandcamp.com/merch                        => merch
            https://hollowpines.myshopify.com/products/tee                => merch
            https://shop.hollowpines.com                                  => merch
            https://store.hollowpines.com/collections/all                 => merch
            https://hollowpines.bigcartel.com                             => merch
            https://teespring.com/stores/hollow-pines                     => merch
            https://www.merchbar.com/indie/hollow-pines                   => merch
            https://hollowpines.com/merch                                 => merch
            https://ra.co/reviews/12345                                   => press
            https://pitchfork.com/reviews/albums/hollow-pines             => press
            https://www.nme.com/news/music/hollow-pines-123               => press
            https://open.spotify.com/episode/abc                          => press
            https://www.youtube.com/watch?v=abc                           => general
            https://linktr.ee/hollowpines                                 => general
            https://distrokid.com/                                        => general
            https://hollowpines.com/blog/sold-out-show-new-single         => general
            """)
    void linkGivesTag(String links, String expected) {
        assertTags(expected, "Link: " + links.replace("|", " "));
    }

    @Test
    void expandedLinksFromTheEntitiesCount() {
        CaptionEntities entities = new CaptionEntities(List.of(), List.of(),
                List.of("https://open.spotify.com/album/abc"));

        assertEquals(tags("release"), TagExpectations.tagger().tag("Have a listen https://t.co/xyz", entities));
    }

    @Test
    void bareDomainsInTheTextCountWithoutEntities() {
        assertTags("show", "Doors at 8 — get yours via dice.fm");
        assertTags("merch", "hoodies at hollowpines.com/merch");
    }

    @Test
    void everyLinkAddsItsOwnTag() {
        assertTags("release+show+merch", "https://ffm.to/wl https://dice.fm/e/1 https://shop.hollowpines.com");
    }
}
