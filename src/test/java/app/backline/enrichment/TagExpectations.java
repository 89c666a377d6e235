package app.backline.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Tag;
import java.util.EnumSet;
import java.util.Set;

/** Shared by the rule-family tests: one default tagger and tags written as {@code release+merch}. */
final class TagExpectations {

    private static final RuleTagger TAGGER = new RuleTagger();

    private TagExpectations() {
    }

    /** Tags written as {@code release+merch}. */
    static Set<Tag> tags(String names) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String name : names.split("\\+")) {
            tags.add(Tag.parse(name));
        }
        return tags;
    }

    /** Asserts the default rules' tags of a caption with no entities (the rules find bare and schemed links). */
    static void assertTags(String expected, String caption) {
        assertEquals(tags(expected), TAGGER.tag(caption, CaptionEntities.NONE), caption);
    }

    /** The default tagger. */
    static RuleTagger tagger() {
        return TAGGER;
    }
}
