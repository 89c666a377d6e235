package app.backline.enrichment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labelled sets stay big enough, split about 70/30, and cover every tag in every language. */
class LabelledCaptionsShapeTest {

    private static final List<String> LANGUAGES = List.of("en", "de", "es", "fr");

    @Test
    void setsAreBigEnoughAndSplitAboutSeventyThirty() {
        int development = LabelledCaptions.load(LabelledCaptions.DEVELOPMENT).size();
        int heldBack = LabelledCaptions.load(LabelledCaptions.HELD_BACK).size();
        double share = (double) heldBack / (development + heldBack);

        assertTrue(development + heldBack >= 120, "only " + (development + heldBack) + " captions");
        assertTrue(share >= 0.25 && share <= 0.35, "held-back share " + share);
    }

    @Test
    void everyTagAppearsInEveryLanguageInBothSets() {
        for (String set : List.of(LabelledCaptions.DEVELOPMENT, LabelledCaptions.HELD_BACK)) {
            List<LabelledCaptions.Labelled> captions = LabelledCaptions.load(set);
            for (String language : LANGUAGES) {
                for (Tag tag : Tag.values()) {
                    assertTrue(captions.stream().anyMatch(c -> c.language().equals(language) && c.expected().contains(tag)),
                            set + " has no " + tag.key() + " caption in " + language);
                }
            }
            assertTrue(captions.stream().filter(c -> c.expected().size() > 1).count() >= 5, set + ": too few multi-tag");
            assertTrue(captions.stream().noneMatch(c -> c.expected().contains(Tag.GENERAL) && c.expected().size() > 1),
                    set + ": general mixed with another tag");
        }
    }
}
