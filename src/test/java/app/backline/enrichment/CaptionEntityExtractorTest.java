package app.backline.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionEntityExtractorTest {

    private final CaptionEntityExtractor extractor = new CaptionEntityExtractor();

    @Test
    void findsHashtagsMentionsAndLinksInOrderWithoutMarkers() {
        CaptionEntities e = extractor.extract("New single #OutNow with @label, tickets at band.com/tour "
                + "and https://shop.band.com/merch #Tour");

        assertEquals(List.of("OutNow", "Tour"), e.hashtags());
        assertEquals(List.of("label"), e.mentions());
        assertEquals(List.of("https://band.com/tour", "https://shop.band.com/merch"), e.links());
    }

    @Test
    void removesDuplicatesKeepingTheFirstSpelling() {
        CaptionEntities e = extractor.extract("#Tour #tour @Crew @crew http://a.com http://a.com");

        assertEquals(List.of("Tour"), e.hashtags());
        assertEquals(List.of("Crew"), e.mentions());
        assertEquals(List.of("http://a.com"), e.links());
    }

    @Test
    void handlesEmptyAndUnicodeCaptions() {
        assertEquals(CaptionEntities.NONE, extractor.extract(null));
        assertEquals(CaptionEntities.NONE, extractor.extract("  "));
        assertEquals(List.of("Beweislastumkehr", "東京"), extractor.extract("\"Wir\" #Beweislastumkehr 👉 #東京")
                .hashtags());
    }

    @Test
    void instagramMentionsKeepDotsXMentionsDoNot() {
        String caption = "what did i tell u @max.orenstein. and @dj_k";

        assertEquals(List.of("max.orenstein", "dj_k"), extractor.extract(caption, Platform.INSTAGRAM).mentions());
        assertEquals(List.of("max", "dj_k"), extractor.extract(caption).mentions());
    }
}
