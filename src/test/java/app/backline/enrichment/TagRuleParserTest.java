package app.backline.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Tag;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules-file format: kinds, modifiers, macros, link specificity and error messages. */
class TagRuleParserTest {

    private static Set<Tag> tag(String rules, String caption) {
        return new RuleTagger(TagRules.parse("test", rules)).tag(caption, CaptionEntities.NONE);
    }

    @Test
    void wordsMatchWholeWordsOnly() {
        String rules = "merch words en\n  shop\n";

        assertEquals(Set.of(Tag.MERCH), tag(rules, "In the SHOP now"));
        assertEquals(Set.of(Tag.MERCH), tag(rules, "#shop"));
        assertEquals(Set.of(Tag.GENERAL), tag(rules, "workshop"));
        assertEquals(Set.of(Tag.GENERAL), tag(rules, "shopping"));
    }

    @Test
    void exceptCancelsOnlyTheMatchInsideIt() {
        String rules = "merch words en\n  signed\n  except: signed to\n";

        assertEquals(Set.of(Tag.GENERAL), tag(rules, "We signed to a label"));
        assertEquals(Set.of(Tag.MERCH), tag(rules, "We signed to a label, and signed copies are up"));
    }

    @Test
    void unlessCancelsTheRuleAnywhere() {
        String rules = "show words en\n  concert\n  unless: tiny desk\n";

        assertEquals(Set.of(Tag.SHOW), tag(rules, "concert tonight"));
        assertEquals(Set.of(Tag.GENERAL), tag(rules, "Tiny Desk: our concert is up"));
    }

    @Test
    void needsAsksForASecondPhrase() {
        String rules = "release words *\n  pre-order\n  needs: album | vinyl\n";

        assertEquals(Set.of(Tag.RELEASE), tag(rules, "pre-order the album"));
        assertEquals(Set.of(Tag.GENERAL), tag(rules, "pre-order the hoodie"));
    }

    @Test
    void alternativesMaySpanLinesAndModifiersRepeat() {
        String rules = "press words en\n  interview |\n  review\n  | podcast\n";

        assertEquals(Set.of(Tag.PRESS), tag(rules, "a podcast"));
        assertEquals(Set.of(Tag.PRESS), tag(rules, "a review"));
    }

    @Test
    void regexRulesSeeCapitalsAndUseMacros() {
        String rules = "define CITY (?:Berlin|Paris)\nshow regex *\n  \\bin {CITY}\\b\n  \\p{Lu}{3}!\n";

        assertEquals(Set.of(Tag.SHOW), tag(rules, "See you in Berlin"));
        assertEquals(Set.of(Tag.GENERAL), tag(rules, "see you in berlin"));
        assertEquals(Set.of(Tag.SHOW), tag(rules, "YES!"));
    }

    @Test
    void hashtagRulesMatchWholeHashtags() {
        String rules = "release hashtags *\n  newmusicfriday\n";

        assertEquals(Set.of(Tag.RELEASE), tag(rules, "#NewMusicFriday"));
        assertEquals(Set.of(Tag.RELEASE), tag(rules, "#new_music_friday"));
        assertEquals(Set.of(Tag.GENERAL), tag(rules, "new music friday"));
        assertEquals(Set.of(Tag.GENERAL), tag(rules, "#newmusicfridays"));
    }

    @Test
    void theMostSpecificLinkRuleWins() {
        String rules = "release links *\n  bandcamp.com\nmerch links *\n  bandcamp.com/merch\n"
                + "show links *\n  */tour\npress links *\n  zine.*\n";

        assertEquals(Set.of(Tag.RELEASE), tag(rules, "https://a.bandcamp.com/album/x"));
        assertEquals(Set.of(Tag.MERCH), tag(rules, "https://a.bandcamp.com/merch"));
        assertEquals(Set.of(Tag.RELEASE), tag(rules, "https://a.bandcamp.com/tour"));
        assertEquals(Set.of(Tag.SHOW), tag(rules, "https://band.com/Tour/2026"));
        assertEquals(Set.of(Tag.PRESS), tag(rules, "https://zine.band.com/tour"));
        assertEquals(Set.of(Tag.PRESS), tag(rules, "https://zine.co.uk/x"));
    }

    @Test
    void linkRuleHostsMatchSubdomainsButNotLookAlikes() {
        LinkRule rule = new LinkRule(Tag.SHOW, "dice.fm", "test");

        assertTrue(rule.matches(Links.split("https://link.dice.fm/x")));
        assertTrue(rule.matches(Links.split("https://www.dice.fm")));
        assertFalse(rule.matches(Links.split("https://notdice.fm")));
    }

    @Test
    void mistakesNameTheirLine() {
        assertError("test line 1: expected", "nonsense here\n");
        assertError("test line 2: indented line outside a rule", "\n  shop\n");
        assertError("has no patterns", "merch words en\nshow words en\n  tour\n");
        assertError("link rules take no except", "merch links *\n  shop.*\n  except: x\n");
        assertError("test line 2: bad regex", "show regex *\n  (unclosed\n");
        assertError("test line 2: unknown macro {NOPE}", "show regex *\n  {NOPE}\n");
        assertError("test line 1: expected", "general words en\n  hello\n");
        assertError("needs a path", "show links *\n  *\n");
    }

    @Test
    void theShippedRulesRead() {
        TagRules rules = TagRules.defaults();

        assertTrue(rules.textRules().size() > 20);
        assertTrue(rules.linkRules().size() > 50);
    }

    private static void assertError(String expectedPart, String rules) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TagRules.parse("test", rules));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }
}
